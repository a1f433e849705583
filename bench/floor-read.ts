/**
 * How the benchmarks run a floor statement: an auto-commit read in a READ session, one
 * RUN+PULL round trip, which is how this server sends its own reads (src/graph/run.ts).
 * `driver.executeQuery` would wrap it in a managed transaction, BEGIN and COMMIT included:
 * three socket writes instead of one, which a floor must not add to the side it is the floor of
 * (the paper floor of `npm run bench` at 10k went from 1.2 to 0.66 ms with this change).
 */
import type { Driver } from 'neo4j-driver';
import type { Row } from '../src/graph/run.ts';

export async function floorRead(
  driver: Driver,
  statement: string,
  params: Row,
  database: string,
): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(statement, params);
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}
