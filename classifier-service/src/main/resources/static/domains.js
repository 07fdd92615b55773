// The catalog's domains and one colour each (catalog order), shared by both pages.
"use strict";
const PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#b8860b", "#1f78b4",
  "#a6761d", "#666666", "#17becf"];

async function loadDomains() {
  const answer = await fetch("api/v1/domains");
  if (!answer.ok) {
    throw new Error("GET /api/v1/domains answered " + answer.status);
  }
  const catalog = await answer.json();
  const domains = new Map();
  catalog.domains.forEach((domain, i) => {
    domains.set(domain.id, { id: domain.id, name: domain.name, colour: PALETTE[i % PALETTE.length] });
  });
  return { version: catalog.catalogVersion, domains };
}

function domainOf(domains, id, label) {
  return domains.get(id) || { id, name: label || id, colour: "#888888" };
}

/** An element with optional class and text; text goes in as text, never as markup. */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function confidenceBar(colour, confidence, label) {
  const row = element("div", "bar-row");
  row.append(element("span", "", label));
  const bar = element("span", "bar");
  bar.setAttribute("role", "img");
  bar.setAttribute("aria-label", label + " " + Math.round(confidence * 100) + "%");
  const fill = element("span");
  fill.style.width = Math.round(confidence * 100) + "%";
  fill.style.background = colour;
  bar.append(fill);
  row.append(bar, element("span", "num", confidence.toFixed(2)));
  return row;
}
