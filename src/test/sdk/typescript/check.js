// Runs the four Reports Data Extraction operations through the official TypeScript SDK, configured only by
// SAIL_BASE_URL / SAIL_CLIENT_ID / SAIL_CLIENT_SECRET as the SDK documents. Exits non-zero on any mismatch.
const { Configuration, ReportsDataExtractionApi } = require("sailpoint-api-client");
const assert = require("node:assert/strict");

function requireLoopback(url) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
    throw new Error(`refusing to run against ${host}: this check is for a local simulator`);
  }
}

async function main() {
  requireLoopback(process.env.SAIL_BASE_URL || "");
  const api = new ReportsDataExtractionApi(new Configuration());

  const started = await api.startReport({
    reportDetails: { reportType: "IDENTITIES_DETAILS", arguments: { correlatedOnly: true } },
  });
  assert.equal(started.status, 200);
  assert.match(started.data.id, /^[0-9a-f]{32}$/);
  console.log(`startReport 200 id=${started.data.id} progress=${started.data.progress}`);

  let result;
  for (let i = 0; i < 100; i++) {
    result = await api.getReportResult({ taskResultId: started.data.id, completed: true });
    if (result.data.status) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(result.data.status, "SUCCESS");
  console.log(`getReportResult 200 status=${result.data.status} rows=${result.data.rows}`);

  const csv = await api.getReport({ taskResultId: started.data.id, fileFormat: "csv", name: "sdk-check" });
  const lines = String(csv.data).trim().split(/\r?\n/);
  assert.equal(lines.length - 1, result.data.rows);
  assert.match(csv.headers["content-disposition"], /filename="sdk-check.csv"/);
  console.log(`getReport csv 200 ${lines.length - 1} data rows`);

  const pdf = await api.getReport(
    { taskResultId: started.data.id, fileFormat: "pdf" },
    { responseType: "arraybuffer" },
  );
  assert.equal(Buffer.from(pdf.data).subarray(0, 5).toString(), "%PDF-");
  console.log(`getReport pdf 200 ${Buffer.from(pdf.data).length} bytes`);

  const long = await api.startReport({
    reportDetails: { reportType: "ACCOUNTS", arguments: { application: "2c9180897e7742b2017e781782f705b9", sourceName: "Active Directory" } },
  });
  const cancelled = await api.cancelReport({ id: long.data.id });
  assert.equal(cancelled.status, 204);
  const after = await api.getReportResult({ taskResultId: long.data.id });
  assert.equal(after.data.status, "TERMINATED");
  console.log(`cancelReport 204, then status=${after.data.status}`);
  console.log("SDK check passed");
}

main().catch((e) => {
  const status = e.response ? ` (HTTP ${e.response.status})` : "";
  console.error(`SDK check failed${status}: ${e.message}`);
  process.exit(1);
});
