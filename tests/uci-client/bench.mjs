// Measures UCI engines over a pipe: how long `stop` takes to produce `bestmove` during `go infinite`,
// and the wall time of `go mate N movetime 10000` on mate puzzles (a puzzle whose mate score is not reported is listed as missed).
// Usage: node bench.mjs <runs> <name>=<command ...> [<name>=<command ...>]   e.g.
//   node bench.mjs 7 "tempo=dotnet ../../src/Tempo.Cli/bin/Release/net10.0/tempo.dll chess uci" "stockfish=/usr/games/stockfish"
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const [runsText, ...engines] = process.argv.slice(2)
const runs = Number(runsText)
if (!runs || engines.length === 0) {
  console.error('usage: node bench.mjs <runs> <name>=<command ...> ...')
  process.exit(2)
}

// The book puzzle plus the dev.epd mates in 3.
const puzzles = [{ fen: 'r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1', mate: 3 }]
for (const line of readFileSync(join(here, '..', 'data', 'mates-dev.epd'), 'utf8').split('\n')) {
  const m = /^(\S+ \S+ \S+ \S+) bm #3;/.exec(line)
  if (m) puzzles.push({ fen: `${m[1]} 0 1`, mate: 3 })
}

class Uci {
  constructor(command) {
    const [exe, ...args] = command.split(' ')
    this.proc = spawn(exe, args, { stdio: ['pipe', 'pipe', 'inherit'] })
    this.buffer = ''
    this.waiters = []
    this.proc.stdout.setEncoding('utf8')
    this.proc.stdout.on('data', chunk => {
      this.buffer += chunk
      let n
      while ((n = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, n).trim()
        this.buffer = this.buffer.slice(n + 1)
        const now = process.hrtime.bigint()
        for (const w of [...this.waiters]) {
          w.lines.push(line)
          if (line.startsWith(w.prefix)) {
            this.waiters.splice(this.waiters.indexOf(w), 1)
            w.resolve({ lines: w.lines, at: now })
          }
        }
      }
    })
  }
  send(text) { this.proc.stdin.write(text + '\n') }
  until(prefix) { return new Promise(resolve => this.waiters.push({ prefix, lines: [], resolve })) }
  async ask(text, prefix) { const p = this.until(prefix); this.send(text); return p }
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
const ms = (a, b) => Number(b - a) / 1e6

const results = {}
for (const spec of engines) {
  const eq = spec.indexOf('=')
  const name = spec.slice(0, eq)
  const engine = new Uci(spec.slice(eq + 1))
  await engine.ask('uci', 'uciok')
  await engine.ask('isready', 'readyok')

  const stops = []
  for (let i = 0; i < runs; i++) {
    engine.send('ucinewgame')
    engine.send('position startpos')
    await engine.ask('isready', 'readyok')
    engine.send('go infinite')
    await new Promise(r => setTimeout(r, 300))
    const sent = process.hrtime.bigint()
    const { at } = await engine.ask('stop', 'bestmove')
    stops.push(ms(sent, at))
  }

  console.error(`${name} stop median ${median(stops).toFixed(1)} ms`)
  const solves = []
  const missed = new Set()
  for (const { fen, mate } of puzzles) {
    const times = []
    for (let i = 0; i < runs; i++) {
      engine.send('ucinewgame')
      engine.send(`position fen ${fen}`)
      await engine.ask('isready', 'readyok')
      const sent = process.hrtime.bigint()
      const { lines, at } = await engine.ask(`go mate ${mate} movetime 10000`, 'bestmove')
      const scores = lines.filter(l => / score mate /.test(l)).map(l => Number(/ score mate (-?\d+)/.exec(l)[1]))
      if (scores[scores.length - 1] !== mate) missed.add(fen)
      times.push(ms(sent, at))
    }
    solves.push(median(times))
    console.error(`${name} ${fen} ${median(times).toFixed(1)} ms`)
  }
  engine.send('quit')
  results[name] = {
    stopMedianMs: median(stops),
    stopMaxMs: Math.max(...stops),
    goMateTotalMs: solves.reduce((a, b) => a + b, 0),
    goMatePerPuzzleMs: solves,
    missedMates: [...missed],
  }
}
console.log(JSON.stringify({ runs, puzzles: puzzles.length, results }, null, 1))
