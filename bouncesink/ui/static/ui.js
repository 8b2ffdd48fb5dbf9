// Small enhancements only: every view works without this file.
// The overview's span links load the charts in place (a fragment), keeping the page.
"use strict";
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[data-fragment]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = document.getElementById(link.dataset.target);
  if (!target) return;
  event.preventDefault();
  const response = await fetch(link.dataset.fragment, { credentials: "same-origin" });
  if (response.status === 401) { window.location.assign(link.href); return; }
  if (!response.ok) return;
  target.innerHTML = await response.text();
  history.replaceState(null, "", link.href);
  const heading = target.querySelector("h2");
  if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
});
