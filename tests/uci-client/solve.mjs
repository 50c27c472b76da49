// Drives a UCI engine with the third-party node-uci client and prints what the client understood as JSON.
// Usage: node solve.mjs <fen> <mate-in> <engine executable> [engine args...]
// node-uci spawns an executable without arguments, so the engine command is wrapped in a small shell script.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nodeUci from 'node-uci'

const { Engine } = nodeUci
const [fen, mateIn, ...command] = process.argv.slice(2)
if (!fen || !mateIn || command.length === 0) {
  console.error('usage: node solve.mjs <fen> <mate-in> <engine> [args...]')
  process.exit(2)
}

const quote = s => `'${s.replace(/'/g, `'\\''`)}'`
const dir = mkdtempSync(join(tmpdir(), 'tempo-uci-'))
const wrapper = join(dir, 'engine.sh')
writeFileSync(wrapper, `#!/bin/sh\nexec ${command.map(quote).join(' ')}\n`, { mode: 0o755 })

const engine = new Engine(wrapper)
try {
  await engine.init()
  await engine.setoption('MultiPV', '1')
  await engine.isready()
  await engine.ucinewgame()
  await engine.position(fen)
  const result = await engine.go({ mate: Number(mateIn) })
  const mates = result.info.filter(i => i.score && i.score.unit === 'mate')
  const last = mates[mates.length - 1]
  console.log(JSON.stringify({
    id: engine.id,
    options: [...engine.options.keys()],
    bestmove: result.bestmove,
    ponder: result.ponder ?? null,
    scoreUnit: last ? last.score.unit : null,
    scoreValue: last ? last.score.value : null,
    depth: last ? last.depth : null,
    pv: last ? last.pv : null,
    strings: result.info.filter(i => i.string).map(i => i.string),
  }))
  await engine.quit()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
