import { useEffect, useRef, useState } from 'react';
import jsQR from 'jsqr';

/** The largest frame side read for QR codes: big enough for a phone held at arm's length, small enough to decode quickly. */
const FRAME = 640;

/**
 * Reads participants' result QR codes with the device's camera, so a facilitator can walk the
 * room with a phone or hold a laptop up to each screen. Frames never leave the device: each is
 * drawn to a canvas, read by jsQR (loaded only with this scanner), and forgotten. Each new code
 * is handed to `onCode`, which says what became of it; that is announced and shown. The page's
 * own Scan button (aria-controls this section's id) stops it: there is no second Stop button here.
 */
export function Scanner({ id, onCode, onFail }: { id: string; onCode: (text: string) => string; onFail: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState('Starting the camera…');
  const [failed, setFailed] = useState(false);
  const handler = useRef(onCode);
  const failure = useRef(onFail);
  useEffect(() => {
    handler.current = onCode;
    failure.current = onFail;
  }, [onCode, onFail]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = '';
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return stream.getTracks().forEach((t) => t.stop());
        const el = video.current;
        if (el === null || context === null) return;
        el.srcObject = stream;
        await el.play();
        setStatus('Point the camera at a participant’s result QR code.');
        timer = setInterval(() => {
          if (el.videoWidth === 0) return;
          const scale = Math.min(1, FRAME / Math.max(el.videoWidth, el.videoHeight));
          canvas.width = Math.round(el.videoWidth * scale);
          canvas.height = Math.round(el.videoHeight * scale);
          context.drawImage(el, 0, 0, canvas.width, canvas.height);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          if (code === null || code.data === last) return;
          last = code.data;
          setStatus(handler.current(code.data));
        }, 200);
      } catch {
        if (stopped) return;
        setFailed(true);
        failure.current();
        setStatus('The camera could not start. Check that this page may use it, or paste the links instead.');
      }
    })();
    return () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <section className="scanner" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Scan result QR codes</h2>
      {!failed && <video ref={video} className="scanner-video" muted playsInline aria-label="Camera view for scanning QR codes" />}
      <p role="status" className={failed ? 'status scanner-failed' : 'status'}>
        {status}
      </p>
    </section>
  );
}
