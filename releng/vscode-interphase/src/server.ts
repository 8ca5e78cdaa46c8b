// How the extension starts Interphase: which Java, which jar, which arguments, and which experiment the cursor is
// in. Free of the 'vscode' module, so that the node test drives exactly this code against the real server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const MINIMUM_JAVA = 21;

export interface Java {
  /** the java launcher */
  executable: string;
  /** the home folder it belongs to */
  home: string;
  /** the feature version, 21 for 21.0.5 */
  major: number;
}

/** The feature version of a Java home from its release file (JAVA_VERSION="21.0.5"; "1.8.0_x" is 8), without starting it. */
export function javaMajor(home: string): number | undefined {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const match = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(release);
    if (!match) {
      return undefined;
    }
    const first = Number(match[1]);
    return first === 1 && match[2] ? Number(match[2]) : first;
  } catch {
    return undefined;
  }
}

function javaIn(home: string): Java | undefined {
  const executable = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
  const major = javaMajor(home);
  return fs.existsSync(executable) && major !== undefined ? { executable, home, major } : undefined;
}

/** Folders that hold one Java home each, where installers put them. */
function installFolders(): string[] {
  switch (process.platform) {
    case 'darwin':
      return ['/Library/Java/JavaVirtualMachines', path.join(os.homedir(), 'Library/Java/JavaVirtualMachines')]
        .flatMap(folder => children(folder).map(home => path.join(home, 'Contents', 'Home')));
    case 'win32':
      return ['C:\\Program Files\\Java', 'C:\\Program Files\\Eclipse Adoptium', 'C:\\Program Files\\Microsoft']
        .flatMap(children);
    default:
      return ['/usr/lib/jvm', '/usr/java', '/opt/java'].flatMap(children);
  }
}

function children(folder: string): string[] {
  try {
    return fs.readdirSync(folder).map(name => path.join(folder, name)).sort().reverse();
  } catch {
    return [];
  }
}

/**
 * A Java 21+ to run the server: the configured home if given (only that one, so a wrong setting is reported rather
 * than silently replaced), else JAVA_HOME, java on the PATH, then the usual install folders.
 */
export function findJava(configuredHome: string | undefined, env: NodeJS.ProcessEnv = process.env): Java | string {
  if (configuredHome && configuredHome.trim()) {
    const java = javaIn(configuredHome.trim());
    if (!java) {
      return `interphase.java.home (${configuredHome}) is not a Java home: no bin/java with a release file there`;
    }
    return java.major >= MINIMUM_JAVA ? java
      : `interphase.java.home (${configuredHome}) is Java ${java.major}; Interphase needs Java ${MINIMUM_JAVA} or newer`;
  }
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
    .map(folder => path.join(folder, process.platform === 'win32' ? 'java.exe' : 'java'))
    .filter(candidate => fs.existsSync(candidate))
    .map(candidate => path.dirname(path.dirname(fs.realpathSync(candidate))));
  const candidates = [env.JAVA_HOME ?? '', ...onPath, ...installFolders()].filter(Boolean);
  for (const home of candidates) {
    const java = javaIn(home);
    if (java && java.major >= MINIMUM_JAVA) {
      return java;
    }
  }
  return `no Java ${MINIMUM_JAVA} or newer found (looked at JAVA_HOME, java on the PATH and ${installFolders().length} ` +
    'install folders); install one, e.g. Temurin 21, or set interphase.java.home';
}

/** The jar inside the extension: the Interphase command line and language server. */
export function serverJar(extensionFolder: string): string {
  return path.join(extensionFolder, 'server', 'interphase.jar');
}

/** JVM options: Guice (Xtext's injector) reads sun.misc.Unsafe, which Java 24+ warns about on every start. */
function jvmOptions(java: Java): string[] {
  return java.major >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : [];
}

/** The language server on stdin/stdout. */
export function serverCommand(java: Java, jar: string): { command: string; args: string[] } {
  return { command: java.executable, args: [...jvmOptions(java), '-jar', jar, 'lsp'] };
}

/** A headless run of one experiment into a results folder, as the IDE's Simulate does (results/<experiment>). */
export function simulateCommand(java: Java, jar: string, file: string, experiment: string):
  { command: string; args: string[]; results: string } {
  const results = path.join(path.dirname(file), 'results', experiment);
  return {
    command: java.executable,
    // --force: the folder is the extension's own earlier result for this experiment.
    args: [...jvmOptions(java), '-jar', jar, 'simulate', file, '--experiment', experiment, '--out', results, '--force'],
    results,
  };
}

/**
 * The experiment whose block holds the cursor, or the last one that starts before it (the cursor after its
 * closing brace still means it); the first one of the file if the cursor is above them all.
 */
export function experimentAt(text: string, offset: number): string | undefined {
  const pattern = /^\s*experiment\s+([A-Za-z_][\w-]*)/gm;
  let chosen: string | undefined;
  let first: string | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    first ??= match[1];
    if (match.index <= offset) {
      chosen = match[1];
    }
  }
  return chosen ?? first;
}
