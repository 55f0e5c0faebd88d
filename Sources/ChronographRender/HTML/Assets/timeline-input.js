// Zoom and pan of the timeline with the mouse and fingers: the wheel zooms around the pointer (a pinch
// on a touchpad arrives as a wheel with ctrlKey), Shift+wheel and sideways swipes pan, a drag pans
// both ways (time and lanes), two fingers pinch. Keys are handled in main.js.

/** Listens to the pointer and the wheel over a TimelineView's viewport. */
function installTimelineInput(view) {
  const vp = view.n.viewport;
  vp.addEventListener("wheel", (ev) => {
    const rect = vp.getBoundingClientRect();
    const x = ev.clientX - rect.left - view.gutter;
    const unit = ev.deltaMode === 1 ? 16 : ev.deltaMode === 2 ? rect.height : 1;
    const dx = ev.deltaX * unit, dy = ev.deltaY * unit;
    if (ev.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      view.panBy(-(ev.shiftKey && dx === 0 ? dy : dx));
    } else {
      // Plain wheel and pinch (which arrives as a wheel with ctrlKey) zoom around the pointer.
      view.zoomAt(Math.exp(-dy * (ev.ctrlKey ? 0.01 : 0.0022)), Math.max(x, 0));
    }
    ev.preventDefault();
  }, { passive: false });

  // Drag to pan (both ways), two fingers to pinch.
  const pointers = new Map();
  let drag = null, pinch = null;
  vp.addEventListener("pointerdown", (ev) => {
    // (The undated list scrolls with the lanes: a drag that starts there scrolls too.)
    if (ev.button !== 0) return;
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (pointers.size === 1) {
      drag = { x: ev.clientX, y: ev.clientY, start: view.view.start, scroll: vp.scrollTop, moved: false, id: ev.pointerId };
    } else if (pointers.size === 2) {
      const [p, q] = [...pointers.values()];
      pinch = { distance: Math.hypot(p.x - q.x, p.y - q.y), ppd: view.view.ppd };
      drag = null;
    }
  });
  vp.addEventListener("pointermove", (ev) => {
    if (!pointers.has(ev.pointerId)) return;
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (pinch && pointers.size === 2) {
      const [p, q] = [...pointers.values()];
      const rect = vp.getBoundingClientRect();
      const mid = (p.x + q.x) / 2 - rect.left - view.gutter;
      const distance = Math.max(Math.hypot(p.x - q.x, p.y - q.y), 1);
      view.zoomAt(pinch.ppd * distance / pinch.distance / view.view.ppd, mid);
    } else if (drag && ev.pointerId === drag.id) {
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 5) return;
      if (!drag.moved) {
        drag.moved = true;
        vp.setPointerCapture(ev.pointerId);
        vp.classList.add("dragging");
      }
      vp.scrollTop = drag.scroll - dy;
      view.setView({ start: drag.start - dx / view.view.ppd, ppd: view.view.ppd });
    }
  });
  const end = (ev) => {
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinch = null;
    if (drag && drag.id === ev.pointerId) {
      if (drag.moved) {
        // The click that ends a drag selects nothing.
        view.suppressClick = true;
        setTimeout(() => { view.suppressClick = false; }, 0);
      }
      vp.classList.remove("dragging");
      drag = null;
    }
  };
  vp.addEventListener("pointerup", end);
  vp.addEventListener("pointercancel", end);
  vp.addEventListener("scroll", () => {
    if (view.placement && (view.placement.items.length > RENDER_ALL_LIMIT || view.lanes.length > 200)) view.schedule(false);
  });
}
