// Node takes one new connection off the listening socket per turn of its event
// loop (measured: one accept4 per epoll_wait, `npm run bench:accept`). If a turn
// ran every request that arrived on the open connections, a turn under load
// would take ~100 ms and the hundredth phone of a crowd would wait seconds
// before its connection was even accepted. So each turn starts one request and
// the rest wait in order: turns stay short, new connections are taken at once,
// and every request waits its fair share. The queue holds at most one request
// per open connection (HTTP/1.1 answers in order).

/** A function that starts each `start` it is given in a turn of the event loop of its own, first come first served. */
export function onePerTurn() {
  const waiting = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(nextTurn);
  };
  function nextTurn() {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length) schedule();
  }
  return (start) => {
    waiting.push(start);
    schedule();
  };
}
