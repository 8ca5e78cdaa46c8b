// The VS Code side: starts the bundled language server with a Java 21+ and offers "Interphase: simulate experiment
// at cursor", which runs the same jar's command line and opens the report.
import { spawn } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { experimentAt, findJava, Java, serverCommand, serverJar, simulateCommand } from './server';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Interphase');
  const java = findJava(vscode.workspace.getConfiguration('interphase').get<string>('java.home'));
  if (typeof java === 'string') {
    const choice = await vscode.window.showErrorMessage(`Interphase: ${java}.`, 'Open Settings');
    if (choice) {
      vscode.commands.executeCommand('workbench.action.openSettings', 'interphase.java.home');
    }
    return;
  }
  const jar = serverJar(context.extensionPath);
  const server = serverCommand(java, jar);
  // Without an open folder the client names no workspace; the server then takes its working directory, which is
  // made the folder of the .iph file that activated the extension (its project, as for the command line).
  const lone = vscode.workspace.workspaceFolders?.length ? undefined : vscode.window.activeTextEditor?.document;
  const cwd = lone?.uri.scheme === 'file' ? path.dirname(lone.uri.fsPath) : undefined;
  const serverOptions: ServerOptions = { command: server.command, args: server.args, options: { cwd } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'interphase' }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.iph') },
  };
  client = new LanguageClient('interphase', 'Interphase', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(
    vscode.commands.registerCommand('interphase.simulateAtCursor', () => simulateAtCursor(java, jar, output)),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('interphase.java.home')) {
        vscode.window.showInformationMessage('Interphase: reload the window to use the new Java.');
      }
    }));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

async function simulateAtCursor(java: Java, jar: string, output: vscode.OutputChannel): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'interphase' || editor.document.uri.scheme !== 'file') {
    vscode.window.showWarningMessage('Interphase: open an .iph file and put the cursor in an experiment.');
    return;
  }
  const document = editor.document;
  const experiment = experimentAt(document.getText(), document.offsetAt(editor.selection.active));
  if (!experiment) {
    vscode.window.showWarningMessage(`Interphase: ${path.basename(document.fileName)} has no experiment.`);
    return;
  }
  // The command line reads the file from disk.
  if (document.isDirty && !(await document.save())) {
    return;
  }
  const run = simulateCommand(java, jar, document.fileName, experiment);
  output.appendLine(`$ ${run.command} ${run.args.join(' ')}`);
  const code = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: `Interphase: simulating ${experiment}`,
    cancellable: true,
  }, (_progress, cancel) => new Promise<number | null>(resolve => {
    const child = spawn(run.command, run.args, { cwd: path.dirname(document.fileName) });
    // Ctrl+C's signal: the run stops and leaves no half-written results behind.
    cancel.onCancellationRequested(() => child.kill('SIGINT'));
    child.stdout.on('data', data => output.append(data.toString()));
    child.stderr.on('data', data => output.append(data.toString().replace(/\r/g, '\n')));
    child.on('error', error => {
      output.appendLine(String(error));
      resolve(null);
    });
    child.on('close', resolve);
  }));
  if (code === 0) {
    const report = vscode.Uri.file(path.join(run.results, 'report.txt'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report), { preview: false });
  } else if (code === 130) {
    vscode.window.showInformationMessage(`Interphase: ${experiment} cancelled; nothing was written.`);
  } else {
    output.show(true);
    vscode.window.showErrorMessage(`Interphase: ${experiment} did not run (exit code ${code}); see the Interphase output.`);
  }
}
