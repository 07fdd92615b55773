// The live page: one 'view' a second from the server (already aggregated and sampled there).
"use strict";
(async function () {
  const status = document.getElementById("status");
  let domains = new Map();
  try {
    domains = (await loadDomains()).domains;
  } catch (failure) {
    status.textContent = "cannot read the catalog: " + failure.message;
  }

  const stream = new EventSource("api/v1/dashboard/stream");
  stream.addEventListener("view", (message) => render(JSON.parse(message.data)));
  stream.onerror = () => showStatus(false, "reconnecting to the service…");

  function showStatus(connected, text) {
    status.className = "status " + (connected ? "connected" : "reconnecting");
    status.textContent = text;
  }

  function render(view) {
    showStatus(view.connected, view.connected ? "live" : "reconnecting to Kafka…");
    document.getElementById("events-count").textContent = view.events;
    document.getElementById("events-rate").textContent = view.eventsPerSecond.toFixed(1);
    document.getElementById("no-domain-share").textContent = view.events === 0
      ? "–" : Math.round(100 * view.noDomain / view.events) + "%";
    document.getElementById("dead-letter-count").textContent =
      Object.values(view.deadLetters).reduce((a, b) => a + b, 0);
    document.getElementById("catalog-version").textContent = view.catalogVersion || "–";
    document.getElementById("window-minutes").textContent = view.windowMinutes;
    renderCounts(view);
    renderDeadLetters(view.deadLetters);
    renderLatest(view.latest);
  }

  function renderCounts(view) {
    const ids = [...domains.keys()];
    Object.keys(view.matches).forEach((id) => { if (!ids.includes(id) && id !== "none") ids.push(id); });
    ids.push("none");
    const rows = ids.map((id) => {
      const row = element("tr");
      row.dataset.domain = id;
      const name = element("th");
      name.scope = "row";
      if (id === "none") {
        name.append(element("span", "no-domain", "no domain"));
      } else {
        const domain = domainOf(domains, id);
        const swatch = element("span", "swatch");
        swatch.style.background = domain.colour;
        name.append(swatch, document.createTextNode(domain.name));
      }
      row.append(name,
        element("td", "num since-start", String(view.matches[id] || 0)),
        element("td", "num recent", String(view.recentMatches[id] || 0)));
      return row;
    });
    document.querySelector("#domain-counts tbody").replaceChildren(...rows);
  }

  function renderDeadLetters(deadLetters) {
    const reasons = Object.keys(deadLetters).sort();
    const items = reasons.length === 0
      ? [element("li", "muted", "none yet")]
      : reasons.map((reason) => {
        const item = element("li", "", reason + ": " + deadLetters[reason]);
        item.dataset.reason = reason;
        return item;
      });
    document.getElementById("dead-letters").replaceChildren(...items);
  }

  function renderLatest(latest) {
    const items = latest.map((event) => {
      const item = element("li");
      item.dataset.proposalId = event.proposalId;
      const head = element("div", "event-head");
      head.append(element("span", "id", event.proposalId), element("span", "muted", event.language));
      if (event.primaryDomain === null) {
        head.append(element("span", "no-domain", "no domain"));
      } else {
        head.append(element("span", "", "primary: " + domainOf(domains, event.primaryDomain).name));
      }
      item.append(head);
      event.matches.forEach((match) => {
        const domain = domainOf(domains, match.domain, match.label);
        item.append(confidenceBar(domain.colour, match.confidence, domain.name));
      });
      return item;
    });
    document.getElementById("latest").replaceChildren(...items);
  }
})();
