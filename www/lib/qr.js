// QR codes from images and the camera. The decoder is a separate wasm module
// (www/pkg-qr/scamcheck_qr.js, exporting decodeQr(rgba, width, height): string[]) that is
// loaded only the first time someone uses a QR feature, through ../scamcheck-safe.js so that a
// picture that makes the decoder panic costs that one scan, not every later one.

/** Largest side fed to the decoder; bigger photos are scaled down first. */
const MAX_SIDE = 1600;

export class QrError extends Error {
  /** code: "unavailable" (module missing), "none" (no QR code), "large", "camera", "image" */
  constructor(code, message) { super(message); this.code = code; }
}

let loading = null;
/** Loads the decoder once; rejects with QrError("unavailable") when it is not there. */
export function loadQr() {
  if (!loading) {
    loading = (async () => {
      try {
        const { createSafeQrDecoder } = await import("../scamcheck-safe.js");
        const dec = await createSafeQrDecoder({
          glue: new URL("../pkg-qr/scamcheck_qr.js", import.meta.url),
          module: new URL("../pkg-qr/scamcheck_qr_bg.wasm", import.meta.url),
        });
        return dec.decode;
      } catch (e) {
        throw new QrError("unavailable", String(e && e.message || e));
      }
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function canvasFor(w, h) {
  if (typeof OffscreenCanvas !== "undefined") return new OffscreenCanvas(w, h);
  const c = document.createElement("canvas");
  c.width = w; c.height = h;
  return c;
}

/** RGBA pixels of a drawable (ImageBitmap, video frame), scaled so no side exceeds MAX_SIDE. */
function pixels(source, sw, sh) {
  const k = Math.min(1, MAX_SIDE / Math.max(sw, sh));
  const w = Math.max(1, Math.round(sw * k)), h = Math.max(1, Math.round(sh * k));
  const ctx = canvasFor(w, h).getContext("2d", { willReadFrequently: true });
  ctx.drawImage(source, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), w, h };
}

function decodeWith(decodeQr, { rgba, w, h }) {
  try {
    const out = decodeQr(rgba, w, h);
    return Array.from(out || []).filter((s) => typeof s === "string");
  } catch (e) {
    const msg = String(e && e.message || e);
    if (msg.startsWith("no QR code found")) return [];
    if (msg.startsWith("image too large")) throw new QrError("large", msg);
    throw new QrError("image", msg);
  }
}

/** Decodes every QR code in an image Blob/File; resolves to the payload strings (maybe none). */
export async function decodeImage(blob) {
  const decodeQr = await loadQr();
  let bmp;
  try {
    bmp = await createImageBitmap(blob);
  } catch (e) {
    throw new QrError("image", String(e && e.message || e));
  }
  try {
    const found = decodeWith(decodeQr, pixels(bmp, bmp.width, bmp.height));
    if (!found.length) throw new QrError("none", "no QR code found");
    return found;
  } finally {
    bmp.close && bmp.close();
  }
}

/** True when this browser can offer a camera at all (secure context + mediaDevices). */
export function cameraPossible() {
  return !!(window.isSecureContext && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
}

/**
 * Scans with the camera into `video` until a QR code is seen: resolves to its payloads.
 * `signal` (AbortSignal) stops the scan. The camera is always released.
 */
export async function scanCamera(video, signal) {
  const decodeQr = await loadQr();
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (e) {
    throw new QrError("camera", String(e && e.message || e));
  }
  try {
    video.srcObject = stream;
    await video.play();
    while (!signal || !signal.aborted) {
      await new Promise((r) => setTimeout(r, 250));
      if (!video.videoWidth) continue;
      const found = decodeWith(decodeQr, pixels(video, video.videoWidth, video.videoHeight));
      if (found.length) return found;
    }
    return [];
  } finally {
    for (const t of stream.getTracks()) t.stop();
    video.srcObject = null;
  }
}
