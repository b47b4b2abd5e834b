import http from "node:http";

/**
 * A GET on a connection of its own: the server's cluster hands new connections to its workers in
 * turn, so successive calls reach each worker alike (a kept-alive connection stays with one).
 * Used to warm every worker (e2e) and to spread the export's downloads over them (bench).
 */
export function getOnOwnConnection(url: string, cookie = ""): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}
