// Says, a line each, what keeps this process's event loop alive: servers with their address,
// sockets with both ends, child processes with their command, worker threads, ref'd timers.
// process._getActiveHandles() is not documented, but it is the only way to see the objects and not
// only their kinds; getActiveResourcesInfo() covers what it does not (requests in the thread pool).
function describeHandles(handles = activeHandles()) {
  const lines = [];
  for (const handle of handles) {
    const line = describeHandle(handle);
    if (line) lines.push(line);
  }
  const kinds = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
  lines.push(`resource kinds: ${kinds.join(', ') || 'none'}`);
  return lines;
}

function activeHandles() {
  return typeof process._getActiveHandles === 'function' ? process._getActiveHandles() : [];
}

function describeHandle(handle) {
  const kind = handle?.constructor?.name ?? typeof handle;
  // The process's own stdio are always there and keep nothing alive that matters.
  const fd = handle.fd ?? handle._handle?.fd;
  if (typeof fd === 'number' && fd >= 0 && fd <= 2) return undefined;
  if (typeof handle.hasRef === 'function' && !handle.hasRef()) return undefined;
  try {
    if (kind === 'Server' || typeof handle.listening === 'boolean') {
      const address = handle.address?.();
      return `server listening on ${typeof address === 'string' ? address : `${address?.address}:${address?.port}`}`;
    }
    if (kind === 'Socket' || kind === 'TLSSocket') {
      if (handle.remotePort) return `socket ${handle.localAddress}:${handle.localPort} -> ${handle.remoteAddress}:${handle.remotePort}`;
      return `socket (pipe${handle._handle?.fd !== undefined ? ` fd ${handle._handle.fd}` : ''}${describeOwner(handle)})`;
    }
    if (kind === 'ChildProcess') return `child process ${handle.pid}: ${(handle.spawnargs ?? []).join(' ')}`;
    if (kind === 'Worker') return `worker thread ${handle.threadId}`;
    if (kind === 'Timeout') return `timer of ${handle._idleTimeout} ms (${handle._onTimeout?.name || 'anonymous'})`;
  } catch (error) {
    return `${kind} (could not describe: ${error.message})`;
  }
  return kind;
}

function describeOwner(socket) {
  const spawnargs = socket._owner?.spawnargs ?? socket.server?.spawnargs;
  return spawnargs ? ` of ${spawnargs.join(' ')}` : '';
}

module.exports = { describeHandles };
