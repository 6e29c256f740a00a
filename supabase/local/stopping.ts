// Postgres ends every connection when it stops, and Ctrl-C reaches it as well as us: while the platform is stopping
// a lost connection is expected and says nothing; at any other time it is worth a line.
let stopping = false;

export function expectConnectionsToEnd(): void {
  stopping = true;
}

/** An error listener that prints `label: message` unless the platform is stopping (and so never crashes the process). */
export function logUnlessStopping(label: string): (error: Error) => void {
  return (error) => {
    if (!stopping) console.error(`${label}: ${error.message}`);
  };
}
