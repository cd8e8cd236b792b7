/**
 * Progress for long runs: on a terminal, one redrawn line with a bar, step counts, the current
 * item (with its own count where known) and an ETA; elsewhere (CI, pipes) one plain line per step.
 */

export interface Step {
  label: string;
  /** Estimated seconds, used for the ETA until the step has run. */
  estimate: number;
}

const clock = (s: number) => {
  const t = Math.max(0, Math.round(s));
  return t >= 3600
    ? `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
    : `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
};

export class Progress {
  readonly #steps: Step[];
  readonly #tty: boolean;
  readonly #out: NodeJS.WriteStream;
  readonly #started = performance.now();
  #index = -1;
  #stepStarted = 0;
  #count: [number, number] | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #name: string;

  /** `name` starts each plain line (`bench: [2/9] …`). */
  constructor(steps: Step[], out: NodeJS.WriteStream = process.stdout, name = 'bench') {
    this.#steps = steps;
    this.#name = name;
    this.#out = out;
    this.#tty = out.isTTY === true;
    if (this.#tty) this.#timer = setInterval(() => this.#draw(), 250).unref();
  }

  /** Starts step `label` (must be the next one); `estimate` refines its ETA. */
  start(label: string, estimate?: number): void {
    this.#index = this.#steps.findIndex((s, i) => i > this.#index && s.label === label);
    if (this.#index < 0) throw new Error(`Progress: unknown step "${label}"`);
    if (estimate !== undefined) this.#steps[this.#index]!.estimate = estimate;
    this.#stepStarted = performance.now();
    this.#count = undefined;
    if (this.#tty) this.#draw();
    else this.#out.write(`${this.#name}: [${this.#index + 1}/${this.#steps.length}] ${label} …\n`);
  }

  /** Re-estimates a step that has not started yet. */
  estimate(label: string, seconds: number): void {
    const step = this.#steps.find((s, i) => i > this.#index && s.label === label);
    if (step) step.estimate = seconds;
  }

  /** Items done in the current step (articles generated, …). */
  count(done: number, total: number): void {
    this.#count = [done, total];
    if (this.#tty && (done === total || done % 50 === 0)) this.#draw();
  }

  /** Ends the current step; `note` is shown in line mode (`4.2 s`). */
  done(note: string): void {
    const step = this.#steps[this.#index]!;
    if (this.#tty) this.#draw();
    else this.#out.write(`${this.#name}: [${this.#index + 1}/${this.#steps.length}] ${step.label}: ${note}\n`);
  }

  /** Prints a message without breaking the bar. */
  log(message: string): void {
    if (this.#tty) this.#out.write(`\r\x1b[2K${message}\n`);
    else this.#out.write(`${message}\n`);
    this.#draw();
  }

  finish(): void {
    if (this.#timer) clearInterval(this.#timer);
    if (this.#tty) this.#out.write('\r\x1b[2K');
  }

  #draw(): void {
    if (!this.#tty || this.#index < 0) return;
    const elapsed = (performance.now() - this.#started) / 1000;
    const inStep = (performance.now() - this.#stepStarted) / 1000;
    const current = this.#steps[this.#index]!;
    const fraction = this.#count
      ? this.#count[0] / Math.max(1, this.#count[1])
      : Math.min(0.95, inStep / Math.max(0.1, current.estimate));
    const left =
      (this.#count ? current.estimate * (1 - fraction) : Math.max(0, current.estimate - inStep)) +
      this.#steps.slice(this.#index + 1).reduce((a, s) => a + s.estimate, 0);
    const width = 24;
    const filled = Math.round(((this.#index + fraction) / this.#steps.length) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const count = this.#count ? ` ${this.#count[0]}/${this.#count[1]}` : '';
    const line = `[${bar}] ${this.#index + 1}/${this.#steps.length} ${current.label}${count} · ${clock(elapsed)} elapsed · ETA ~${clock(left)}`;
    const columns = this.#out.columns ?? 120;
    this.#out.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
  }
}
