/** The canvas's shape (width / height), so auto layout fills it; undefined before it is on screen. */
export function canvasAspect(): number | undefined {
  const box = document.querySelector('.kpd-canvas')?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? box.width / box.height : undefined;
}
