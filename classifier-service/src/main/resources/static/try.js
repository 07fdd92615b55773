// The try page: classifies one proposal through the REST API (with explain=true) and shows
// where its evidence is, in the colour of each domain, and why other domains were not asserted.
"use strict";
const EXAMPLES = {
  en: {
    title: "Heat pumps and smart grids for terraced houses",
    description: "We combine deep building renovation with heat pumps and connect the homes to a "
      + "smart grid, so that a neighbourhood can shift its heating to hours of cheap solar power.",
  },
  nl: {
    title: "Minder voedselverspilling in de zuivel",
    description: "Zuivelcoöperaties meten de voedselverspilling in de hele keten en valoriseren "
      + "wei tot nieuwe voedingsingrediënten voor de agrovoedingsindustrie.",
  },
  fr: {
    title: "Télésurveillance des patients insuffisants cardiaques",
    description: "Une application mobile et des capteurs portables suivent les patients à "
      + "domicile; les données de santé alimentent une plateforme de soins personnalisés.",
  },
};

(async function () {
  const form = document.getElementById("proposal-form");
  const title = document.getElementById("title");
  const description = document.getElementById("description");
  const language = document.getElementById("language");
  const error = document.getElementById("error");
  let domains = new Map();
  try {
    domains = (await loadDomains()).domains;
  } catch (failure) {
    showError("Cannot read the catalog: " + failure.message);
  }

  document.querySelectorAll("[data-example]").forEach((button) => {
    button.addEventListener("click", () => {
      const example = EXAMPLES[button.dataset.example];
      title.value = example.title;
      description.value = example.description;
      language.value = button.dataset.example;
    });
  });

  form.addEventListener("submit", async (submitted) => {
    submitted.preventDefault();
    error.hidden = true;
    const proposal = { id: "try-" + Date.now(), title: title.value, description: description.value };
    if (language.value) proposal.language = language.value;
    const answer = await fetch("api/v1/classifications?explain=true", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(proposal),
    });
    if (answer.status === 401) {
      showError("The API asks for a bearer token (classifier.api.auth.enabled): open this page " +
        "through a proxy that signs you in and passes the token on.");
      return;
    }
    const body = await answer.json();
    if (!answer.ok) {
      showError(body.detail || ("The service answered " + answer.status));
      return;
    }
    render(proposal.title + "\n" + proposal.description, body);
  });

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
    document.getElementById("result").hidden = true;
  }

  function render(text, result) {
    document.getElementById("summary").textContent =
      "Language " + result.language + "; " + (result.primaryDomain === null
        ? "no domain was asserted." : "primary domain: " + domainOf(domains, result.primaryDomain).name + ".");
    document.getElementById("highlighted").replaceChildren(...highlighted(text, result.matches));
    document.getElementById("matches").replaceChildren(...cards(result.matches, false));
    document.getElementById("not-asserted").replaceChildren(...cards(result.notAsserted || [], true));
    document.getElementById("result").hidden = false;
  }

  /** The text with one mark per evidence span of the asserted domains (field "text" only). */
  function highlighted(text, matches) {
    const spans = new Map();
    matches.forEach((match) => match.evidence.filter((e) => e.field !== "keywords").forEach((e) => {
      const key = e.start + ":" + e.end;
      if (!spans.has(key)) spans.set(key, { start: e.start, end: e.end, parts: [] });
      spans.get(key).parts.push({ match, evidence: e });
    }));
    const ordered = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    const nodes = [];
    let at = 0;
    ordered.forEach((span) => {
      if (span.start < at) return; // overlaps a longer span already marked; still in the lists below
      nodes.push(document.createTextNode(text.slice(at, span.start)));
      const mark = element("mark", "", text.slice(span.start, span.end));
      const first = domainOf(domains, span.parts[0].match.domain, span.parts[0].match.label);
      mark.style.background = first.colour + "33";
      mark.style.borderColor = first.colour;
      mark.dataset.start = span.start;
      mark.dataset.end = span.end;
      mark.dataset.domains = span.parts.map((p) => p.match.domain).join(" ");
      mark.tabIndex = 0;
      mark.title = span.parts.map((p) => domainOf(domains, p.match.domain, p.match.label).name + ": "
        + p.evidence.term + " (" + p.evidence.kind + ") +" + p.evidence.contribution.toFixed(3)).join("\n");
      mark.setAttribute("aria-label", mark.textContent + ", " + mark.title);
      nodes.push(mark);
      at = span.end;
    });
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  function cards(domainResults, notAsserted) {
    if (domainResults.length === 0) {
      return [element("p", "muted", notAsserted ? "No other domain scored." : "None: no domain reached its threshold.")];
    }
    return domainResults.map((result) => {
      const domain = domainOf(domains, result.domain, result.label);
      const card = element("div", "domain-card");
      card.dataset.domain = result.domain;
      card.style.borderLeftColor = domain.colour;
      card.append(confidenceBar(domain.colour, result.confidence, domain.name));
      if (notAsserted) {
        card.append(element("p", "why", "Not asserted: confidence " + result.confidence.toFixed(2)
          + " is under the threshold " + result.threshold.toFixed(2) + "."));
      }
      card.append(evidenceTable(result.evidence));
      return card;
    });
  }

  function evidenceTable(evidence) {
    const table = element("table");
    const head = element("tr");
    ["term", "kind", "where", "contribution"].forEach((h) => {
      const th = element("th", h === "contribution" ? "num" : "", h);
      th.scope = "col";
      head.append(th);
    });
    table.append(element("thead"));
    table.tHead.append(head);
    const body = element("tbody");
    evidence.forEach((e) => {
      const row = element("tr");
      row.append(element("td", "", e.term), element("td", "", e.kind),
        element("td", "", (e.field || "text") + " " + e.start + "–" + e.end),
        element("td", "num", "+" + e.contribution.toFixed(3)));
      body.append(row);
    });
    table.append(body);
    return table;
  }
})();
