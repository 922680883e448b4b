// Many requests at once asking the database the same small question (the
// public data's version, on every station page) share one read, but never a
// read that started before they arrived: a caller gets the read in flight
// only if none is running yet, otherwise the next one, which starts when the
// running read ends. So whatever was committed before a request arrived is in
// its answer (an edit shows on the next request), and a crowd of a hundred
// costs a few reads instead of a hundred.

export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read();
    running = p;
    const done = () => {
      if (running === p) running = null;
    };
    p.then(done, done);
    return p;
  };
  return () => {
    if (!running) return start();
    next ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
