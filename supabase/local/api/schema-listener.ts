// As PostgREST does: `notify pgrst, 'reload schema'` makes the API read the schema again. The listening connection
// comes back by itself when the database restarts, and the schema is read again then (migrations may have run).
import pg from 'pg';
import { logUnlessStopping } from '#local/stopping.ts';

export interface SchemaListener {
  close(): Promise<void>;
}

export async function listenForSchemaReloads(
  connectionString: string,
  reload: () => Promise<void>,
  retryMs = 1_000,
): Promise<SchemaListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const lost = logUnlessStopping('Local API: schema listener lost');

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('error', (error) => {
      if (client !== next) return;
      lost(error);
      client = undefined;
      retryLater();
    });
    next.on('notification', (message) => {
      if (message.payload === 'reload schema') reload().catch((error) => console.error('Schema reload failed:', error));
    });
    await next.connect();
    await next.query('listen pgrst');
    client = next;
  };
  const retryLater = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect()
        .then(
          () => reload(),
          () => retryLater(),
        )
        .catch(() => {});
    }, retryMs);
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
