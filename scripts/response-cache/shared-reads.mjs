/**
 * `read`, shared by callers that may share it: a caller gets the answer of a read sent after it
 * called — the one it starts, or, while one is under way, the single read sent once that one is
 * back (the one under way may have been sent before a commit this caller already saw). At most
 * two reads at a time, however many requests arrive, and none answers from before its caller came.
 */
export function sharedReads(read) {
  let running = null;
  let queued = null;
  const start = () => {
    const promise = read();
    running = promise;
    const clear = () => {
      if (running === promise) running = null;
    };
    promise.then(clear, clear);
    return promise;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      const settled = running.then(
        () => undefined,
        () => undefined,
      );
      queued = settled.then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}

/** `promise`, or a rejection once `ms` have passed without it settling. */
export function withinMs(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
