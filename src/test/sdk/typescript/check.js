// Runs the four Reports Data Extraction operations through the official TypeScript SDK, configured only by
// SAIL_BASE_URL / SAIL_CLIENT_ID / SAIL_CLIENT_SECRET as the SDK documents. Exits non-zero on any mismatch.
//   node check.js          the v3 client (ReportsDataExtractionApi, /v3/reports)
//   node check.js v2024    the v2024 client (ReportsDataExtractionV2024Api, /v2024/reports)
const sdk = require("sailpoint-api-client");
const axios = require("axios");
const assert = require("node:assert/strict");

// What differs between the SDK's clients of one API: the class, the path it calls, the name of startReport's body.
const CLIENTS = {
  v3: { api: sdk.ReportsDataExtractionApi, path: "/v3/reports/", body: "reportDetails" },
  v2024: { api: sdk.ReportsDataExtractionV2024Api, path: "/v2024/reports/", body: "reportDetailsV2024" },
};

function requireLoopback(url) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
    throw new Error(`refusing to run against ${host}: this check is for a local simulator`);
  }
}

// An axios instance of the check's own, so that it sees what the SDK sends (path, the experimental header).
function recordingAxios(sent) {
  const instance = axios.create();
  instance.interceptors.request.use((config) => {
    const headers = axios.AxiosHeaders.from(config.headers);
    sent.push({ url: new URL(config.url).pathname, experimental: headers.get("X-SailPoint-Experimental") });
    return config;
  });
  return instance;
}

async function main(version) {
  const client = CLIENTS[version];
  if (!client) {
    throw new Error(`unknown client '${version}'; accepted: ${Object.keys(CLIENTS).join(", ")}`);
  }
  requireLoopback(process.env.SAIL_BASE_URL || "");
  const sent = [];
  const api = new client.api(new sdk.Configuration(), undefined, recordingAxios(sent));
  const start = (reportDetails) => api.startReport({ [client.body]: reportDetails });

  const started = await start({ reportType: "IDENTITIES_DETAILS", arguments: { correlatedOnly: true } });
  assert.equal(started.status, 200);
  assert.match(started.data.id, /^[0-9a-f]{32}$/);
  console.log(`${version} startReport 200 id=${started.data.id} progress=${started.data.progress}`);

  let result;
  for (let i = 0; i < 100; i++) {
    result = await api.getReportResult({ taskResultId: started.data.id, completed: true });
    if (result.data.status) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(result.data.status, "SUCCESS");
  console.log(`${version} getReportResult 200 status=${result.data.status} rows=${result.data.rows}`);

  const csv = await api.getReport({ taskResultId: started.data.id, fileFormat: "csv", name: "sdk-check" });
  const lines = String(csv.data).trim().split(/\r?\n/);
  assert.equal(lines.length - 1, result.data.rows);
  assert.match(csv.headers["content-disposition"], /filename="sdk-check.csv"/);
  console.log(`${version} getReport csv 200 ${lines.length - 1} data rows`);

  const pdf = await api.getReport(
    { taskResultId: started.data.id, fileFormat: "pdf" },
    { responseType: "arraybuffer" },
  );
  assert.equal(Buffer.from(pdf.data).subarray(0, 5).toString(), "%PDF-");
  console.log(`${version} getReport pdf 200 ${Buffer.from(pdf.data).length} bytes`);

  const long = await start({
    reportType: "ACCOUNTS", arguments: { application: "2c9180897e7742b2017e781782f705b9", sourceName: "Active Directory" },
  });
  const cancelled = await api.cancelReport({ id: long.data.id });
  assert.equal(cancelled.status, 204);
  const after = await api.getReportResult({ taskResultId: long.data.id });
  assert.equal(after.data.status, "TERMINATED");
  console.log(`${version} cancelReport 204, then status=${after.data.status}`);

  const elsewhere = sent.filter((s) => !s.url.includes(client.path));
  assert.deepEqual(elsewhere, [], `requests outside ${client.path}`);
  const experimental = sent.filter((s) => s.experimental !== undefined && s.experimental !== null);
  console.log(`${version} ${sent.length} requests, all under ${client.path}; X-SailPoint-Experimental sent on `
    + `${experimental.length} (${experimental.map((s) => s.experimental).join(", ") || "none"})`);
  console.log(`SDK check (${version}) passed`);
}

const version = process.argv[2] || "v3";
main(version).catch((e) => {
  const status = e.response ? ` (HTTP ${e.response.status})` : "";
  console.error(`SDK check (${version}) failed${status}: ${e.message}`);
  process.exit(1);
});
