// Drives the packaged extension's client code (out/server.js inside the .vsix: the Java it finds, the command it
// starts) against the real language server in the same .vsix, over stdio with the JSON-RPC library the client
// uses. No VS Code is needed: the registry has no editor binary. Usage: node test/server.test.js <the .vsix>
'use strict';
const assert = require('assert');
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const vsix = path.resolve(process.argv[2] || 'target/interphase-0.1.0.vsix');
const examples = path.resolve(__dirname, '../../../examples');
const study = path.join(examples, 'paa-peo-on-latp', 'paa-peo-on-latp.iph');
const TIMEOUT_MS = 120000;

const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'interphase-vsix-'));
execFileSync('unzip', ['-q', vsix, '-d', unpacked]);
const extension = path.join(unpacked, 'extension');
const server = require(path.join(extension, 'out', 'server.js'));
const rpc = require(path.join(extension, 'node_modules', 'vscode-jsonrpc', 'node'));

const tests = [];
const test = (name, body) => tests.push({ name, body });
let connection;
let child;
let stderr = '';
const diagnostics = new Map();
const waiting = [];

function withTimeout(promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  })]).finally(() => clearTimeout(timer));
}

function diagnosticsFor(uri) {
  return withTimeout(new Promise(resolve => {
    if (diagnostics.has(uri)) {
      resolve(diagnostics.get(uri));
    } else {
      waiting.push({ uri, resolve });
    }
  }), `diagnostics for ${uri}`);
}

test('the extension finds a Java 21 or newer', () => {
  const java = server.findJava(process.env.INTERPHASE_JAVA_HOME);
  assert.strictEqual(typeof java, 'object', String(java));
  assert.ok(java.major >= 21, `Java ${java.major}`);
});

test('the .vsix carries the server jar and a grammar', () => {
  assert.ok(fs.statSync(server.serverJar(extension)).size > 1000000, 'server/interphase.jar');
  const grammar = JSON.parse(fs.readFileSync(path.join(extension, 'syntaxes', 'interphase.tmLanguage.json')));
  assert.strictEqual(grammar.scopeName, 'source.interphase');
});

test('the grammar colours every keyword of the language', () => {
  // The TextMate grammar lists the keywords of Interphase.xtext; this keeps the two lists equal.
  const xtext = fs.readFileSync(path.resolve(__dirname,
    '../../../bundles/org.interphase.dsl/src/org/interphase/dsl/Interphase.xtext'), 'utf8');
  const word = /^Word returns ecore::EString:([\s\S]*?);/m.exec(xtext)[1];
  const keywords = [...word.matchAll(/'([A-Za-z][\w-]*)'/g)].map(match => match[1]);
  const grammar = JSON.parse(fs.readFileSync(path.join(extension, 'syntaxes', 'interphase.tmLanguage.json')));
  const coloured = [grammar.patterns.find(p => p.name === 'keyword.other.interphase').match,
    grammar.repository.declarations.patterns[1].match].join('|');
  const missing = keywords.filter(keyword => !new RegExp(`[(|]${keyword}[|)]`).test(coloured));
  assert.deepStrictEqual(missing, [], 'keywords of Interphase.xtext the grammar does not colour');
});

test('the server starts and answers initialize with what the client needs', async () => {
  const java = server.findJava(process.env.INTERPHASE_JAVA_HOME);
  const command = server.serverCommand(java, server.serverJar(extension));
  child = spawn(command.command, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', data => { stderr += data; });
  connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin));
  connection.onNotification('textDocument/publishDiagnostics', params => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const waiter of waiting.filter(w => w.uri === params.uri)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(params.diagnostics);
    }
  });
  connection.onRequest(() => null); // e.g. client/registerCapability
  connection.listen();
  const root = pathToFileURL(examples).href;
  const result = await withTimeout(connection.sendRequest('initialize', {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'examples' }],
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  }), 'initialize answer');
  connection.sendNotification('initialized', {});
  const capabilities = result.capabilities;
  assert.ok(capabilities.completionProvider, 'completion');
  assert.ok(capabilities.hoverProvider, 'hover');
  assert.ok(capabilities.semanticTokensProvider.legend.tokenTypes.includes('type'), 'semantic tokens');
});

test('an opened example gets its diagnostics: no errors, the deliberate Li-on-LATP warning', async () => {
  const uri = pathToFileURL(study).href;
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'interphase', version: 1, text: fs.readFileSync(study, 'utf8') },
  });
  const list = await diagnosticsFor(uri);
  assert.deepStrictEqual(list.filter(d => d.severity === 1), [], 'errors');
  assert.ok(list.some(d => d.severity === 2 && d.message.startsWith('Li metal directly on LATP')),
    JSON.stringify(list));
});

test('completion after "electrolyte pellet: " offers the library electrolytes', async () => {
  const uri = pathToFileURL(path.join(examples, 'scratch-node-test', 'cell.iph')).href;
  const text = 'stack Cell {\n  lithium Li\n  electrolyte pellet: \n}\n';
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'interphase', version: 1, text },
  });
  const answer = await withTimeout(connection.sendRequest('textDocument/completion', {
    textDocument: { uri }, position: { line: 2, character: 22 },
  }), 'completion answer');
  const labels = (Array.isArray(answer) ? answer : answer.items).map(item => item.label);
  for (const material of ['LATP', 'LLZO', 'Li6PS5Cl']) {
    assert.ok(labels.includes(material), `${material} in ${labels.join(', ')}`);
  }
  connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('"simulate experiment at cursor" picks the experiment the cursor is in', () => {
  const text = fs.readFileSync(study, 'utf8');
  assert.strictEqual(server.experimentAt(text, text.indexOf('plating-stripping 0.1')), 'PaaPeoLifetime');
  assert.strictEqual(server.experimentAt(text, text.indexOf('"Discharge at C/10')), 'PaaPeoLfpCycling');
  assert.strictEqual(server.experimentAt(text, 0), 'PaaPeoLifetime', 'above all experiments: the first');
  const run = server.simulateCommand({ executable: 'java', home: '/jdk', major: 21 }, 'x.jar', study, 'PaaPeoLifetime');
  assert.deepStrictEqual(run.args.slice(run.args.indexOf('-jar')), ['-jar', 'x.jar', 'simulate', study,
    '--experiment', 'PaaPeoLifetime', '--out', path.join(path.dirname(study), 'results', 'PaaPeoLifetime'), '--force']);
});

test('the simulate command runs the bundled command line and writes the report it opens', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'interphase-project-'));
  fs.cpSync(path.dirname(study), project, { recursive: true });
  const file = path.join(project, path.basename(study));
  const java = server.findJava(process.env.INTERPHASE_JAVA_HOME);
  const run = server.simulateCommand(java, server.serverJar(extension), file, 'BareLatpImpedance');
  execFileSync(run.command, run.args, { cwd: project, stdio: 'pipe' });
  const report = fs.readFileSync(path.join(run.results, 'report.txt'), 'utf8');
  assert.ok(report.includes('BareLatpImpedance'), report.slice(0, 200));
  fs.rmSync(project, { recursive: true, force: true });
});

test('the server shuts down when asked', async () => {
  await withTimeout(connection.sendRequest('shutdown'), 'shutdown answer');
  const exited = new Promise(resolve => child.on('exit', resolve));
  connection.sendNotification('exit');
  assert.strictEqual(await withTimeout(exited, 'exit'), 0);
});

(async () => {
  let passed = 0;
  let failed = 0;
  for (const { name, body } of tests) {
    try {
      await body();
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(error.stack || error).replace(/\n/g, '\n  ')}`);
    }
  }
  if (child && child.exitCode === null) {
    child.kill();
  }
  if (failed && stderr) {
    console.log(`server's error stream:\n${stderr}`);
  }
  fs.rmSync(unpacked, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
