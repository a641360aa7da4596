/**
 * True when the browser has WebGL on a real GPU. Cytoscape's WebGL renderer is much faster
 * than its canvas on a GPU but several times slower on a software rasteriser (SwiftShader,
 * llvmpipe), as scripts/bench-map.ts showed; there the map stays on the canvas.
 */
export function hasHardwareWebgl(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
