// DOM helpers. Every text that comes from an article (labels, sentences, titles, names, ids, URLs)
// reaches the page through these: as text nodes (textContent), never as markup, and as a link only
// when it is an http(s) URL.

const SVG_NS = "http://www.w3.org/2000/svg";

/** An element with attributes and children; strings become text nodes, null children are skipped. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  for (const child of children) append(node, child);
  return node;
}

/** An SVG element (attributes set as given; text children as text nodes). */
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  for (const child of children) append(node, child);
  return node;
}

function setAttributes(node, attrs) {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "className") node.setAttribute("class", value);
    else if (key.startsWith("on")) throw new Error("event handlers are attached with addEventListener");
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(node, c);
  } else if (typeof child === "string" || typeof child === "number") {
    node.appendChild(document.createTextNode(String(child)));
  } else {
    node.appendChild(child);
  }
}

/** Removes every child of a node. */
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The URL when it is an absolute http(s) URL, else null: `javascript:`, `data:`, relative paths and
 *  anything unparsable never become links. */
function safeHTTPURL(text) {
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url;
  try {
    url = new URL(trimmed);
  } catch (e) {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** A link that opens in a new tab, when the URL is http(s); otherwise the URL as plain text. */
function externalLink(url, label) {
  const href = safeHTTPURL(url);
  if (!href) return el("span", { className: "url-text", title: "not an http(s) link, shown as text" }, url);
  return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, label || url);
}

/** Text with the first occurrence of `needle` wrapped in <mark> (all parts as text nodes). */
function highlighted(text, needle) {
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), el("mark", null, needle), text.slice(at + needle.length)];
}

/** "1 event", "3 events", "5,362 events". */
function plural(n, word) {
  return thousands(n) + " " + word + (n === 1 ? "" : "s");
}

/** 5362 as "5,362" (toLocaleString is slow when called for every lane at every redraw). */
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
