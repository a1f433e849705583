/**
 * How the benchmarks run a floor statement: an auto-commit read in a READ session, one
 * RUN+PULL round trip, which is how this server sends its own reads (src/graph/run.ts).
 * `driver.executeQuery` would wrap it in a managed transaction, BEGIN and COMMIT included:
 * three socket writes instead of one, about 0.5 ms more on this machine, which a floor must not
 * add to the side it is the floor of.
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
