"""Helper of bench/helpself-vs-popeye.sh: writes the h#/s# set as a .tsv for Tempo and one Popeye problem file, then
reads both sides' answers back, compares them with the set's expected solutions and prints the timings.

  python3 bench/helpself_popeye.py write OUT MODE STIPS TSV...   (MODE intelligent|plain; STIPS "" for all)
  python3 bench/helpself_popeye.py report OUT ROUNDS
"""
import json
import re
import statistics
import sys

IN_RANGE = re.compile(r"(h#[234](\.5)?|s#[234])")
POPEYE_PIECE = {"K": "k", "Q": "q", "R": "r", "B": "b", "N": "s", "P": "p"}
POPEYE_MOVE = re.compile(r"\d+\.(?:\.\.)?|0-0-0|0-0|[KQRBS]?[a-h][1-8][-*][a-h][1-8](?:=[QRBS])?")


def board_of(fen):
    board = {}
    for r, row in enumerate(fen.split()[0].split("/")):
        f = 0
        for ch in row:
            if ch.isdigit():
                f += int(ch)
            else:
                board["abcdefgh"[f] + str(8 - r)] = ch
                f += 1
    return board


def popeye_problem(stip, fen, mode):
    """One problem in Popeye's English input; a castling right the FEN denies though king and rook stand at home
    becomes `option nocastling`; an en-passant square is not written (the set has none)."""
    board = board_of(fen)
    fields = fen.split()
    if fields[3] != "-":
        raise SystemExit(f"bench: {fen}: en passant is not written for Popeye")
    white = " ".join(POPEYE_PIECE[p] + s for s, p in sorted(board.items()) if p.isupper())
    black = " ".join(POPEYE_PIECE[p.upper()] + s for s, p in sorted(board.items()) if p.islower())
    options = []
    if stip.endswith(".5"):
        stip = "h#" + str(int(float(stip[2:]) + 0.5))
        options.append("whitetoplay")
    if stip.startswith("h") and mode == "intelligent":
        options.append("intelligent")
    denied = []
    for right, king, rook, k, r in [("K", "e1", "h1", "K", "R"), ("Q", "e1", "a1", "K", "R"),
                                    ("k", "e8", "h8", "k", "r"), ("q", "e8", "a8", "k", "r")]:
        if board.get(king) == k and board.get(rook) == r and right not in fields[2]:
            denied.append(rook)
    if denied:
        options.append("nocastling " + " ".join(denied))
    text = f"stipulation {stip}\npieces white {white} black {black}\n"
    return text + (f"option {' '.join(options)}\n" if options else "")


def write(out, mode, stips, paths):
    wanted = set(stips.split())
    rows = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("# ") or len(fields) < 4 or not IN_RANGE.fullmatch(fields[0]):
                continue
            if wanted and fields[0] not in wanted:
                continue
            rows.append(fields)
    with open(f"{out}/set.tsv", "w", encoding="utf-8") as f:
        f.writelines("\t".join(r) + "\n" for r in rows)
    with open(f"{out}/set.inp", "w", encoding="utf-8") as f:
        f.write("beginproblem\n" + "\nnextproblem\n".join(popeye_problem(r[0], r[1], mode) for r in rows)
                + "\nendproblem\n")


def uci(line, stip, side):
    moves = []
    for token in POPEYE_MOVE.findall(line):
        if token.endswith("."):  # a move number (0-0 also starts with a digit)
            continue
        if token in ("0-0", "0-0-0"):
            rank = "1" if side == "w" else "8"
            moves.append("e" + rank + ("g" if token == "0-0" else "c") + rank)
        else:
            m = re.fullmatch(r"[KQRBS]?([a-h][1-8])[-*]([a-h][1-8])(?:=([QRBS]))?", token)
            moves.append(m.group(1) + m.group(2) + ("" if m.group(3) is None else m.group(3).replace("S", "N").lower()))
        side = "b" if side == "w" else "w"
    return moves


def popeye_answers(path, rows):
    """Per problem: ('lines', sorted UCI solutions) for helpmates or ('keys', sorted keys) for selfmates."""
    text = open(path, encoding="latin-1").read()
    blocks = re.split(r"\nsolution finished\. Time = [^\n]*\n", text)[:-1]
    if len(blocks) != len(rows):
        raise SystemExit(f"bench: Popeye finished {len(blocks)} problems of {len(rows)}")
    answers = []
    for block, row in zip(blocks, rows):
        stip, fen = row[0], row[1]
        if stip.startswith("h"):
            starts = [l.strip() for l in block.split("\n") if l.strip().startswith("1.")]
            side = "w" if stip.endswith(".5") else "b"
            answers.append(("lines", sorted(" ".join(uci(s, stip, side)) for s in starts)))
        else:
            keys = re.findall(r"^\s*1\.(\S+)\s*!", block, re.M)
            answers.append(("keys", sorted(uci(k, stip, "w")[0] for k in keys)))
    return answers


def agrees(expected, answer):
    kind, found = answer
    if expected.startswith("count="):
        return int(expected[6:]) == len(found)
    return sorted(expected.split("=", 1)[1].split(" | " if kind == "lines" else " ")) == found


def popeye_seconds(path):
    """Popeye's own solving time per problem ("Time = 0.032 s" or "Time = 5:16.476 m:s")."""
    seconds = []
    for value, unit in re.findall(r"solution finished\. Time = (\S+) (\S+)", open(path, encoding="latin-1").read()):
        parts = [float(x) for x in value.split(":")]
        seconds.append(parts[0] * 60 + parts[1] if unit == "m:s" else parts[0])
    return seconds


def by_stip(out, rows, times):
    """Per stipulation: each side's process CPU on that stipulation alone (the BYSTIP pass), which is what compares;
    then each side's own clock summed over the problems (round 1), Tempo's `ms` and Popeye's `Time =`, which only
    says which problems each side finds hard (Popeye's printed times sum to up to twice its process CPU)."""
    tempo = [json.loads(l)["ms"] / 1000 for l in open(f"{out}/tempo1-1.jsonl")]
    popeye = popeye_seconds(f"{out}/popeye-1.out")
    groups = {}
    for row, t, p in zip(rows, tempo, popeye):
        g = groups.setdefault(row[0], [0, 0.0, 0.0, 0])
        g[0] += 1
        g[1] += t
        g[2] += p
        g[3] += t < p
    for stip, (n, t, p, faster) in sorted(groups.items()):
        process = ""
        if f"stip:{stip}:tempo1" in times and f"stip:{stip}:popeye" in times:
            tc, pc = times[f"stip:{stip}:tempo1"][0][1], times[f"stip:{stip}:popeye"][0][1]
            process = f"process CPU Tempo 1 thread {tc:.2f} s, Popeye {pc:.2f} s ({tc / max(pc, 0.01):.2f}x); "
        print(f"{stip}: {n} problems, {process}own clocks Tempo {t:.1f} s, Popeye {p:.1f} s (round 1); "
              f"Tempo's own clock lower on {faster}")


def report(out, rounds):
    rows = [l.rstrip("\n").split("\t") for l in open(f"{out}/set.tsv", encoding="utf-8")]
    times = {}
    for line in open(f"{out}/times"):
        name, wall, cpu = line.split()
        times.setdefault(name, []).append((float(wall), float(cpu)))
    for r in range(1, rounds + 1):
        answers = popeye_answers(f"{out}/popeye-{r}.out", rows)
        bad = [i + 1 for i, (row, a) in enumerate(zip(rows, answers)) if not agrees(row[2], a)]
        print(f"round {r}: Popeye agrees with the set on {len(rows) - len(bad)}/{len(rows)}"
              + (f"; differs on set lines {bad}" if bad else ""))
        for name in ("tempo1", "tempo2"):
            results = [json.loads(l) for l in open(f"{out}/{name}-{r}.jsonl")]
            ok = sum(1 for x in results if x.get("agrees"))
            differ = [x["lineNumber"] for x in results if not x.get("agrees")]
            print(f"round {r}: Tempo {name[-1]} thread{'s' if name == 'tempo2' else ''} agrees with the set on {ok}/{len(rows)}"
                  + (f"; differs on set lines {differ}" if differ else ""))
    for name, label in (("tempo1", "Tempo batch, 1 thread"), ("popeye", "Popeye 4.104"), ("tempo2", "Tempo batch, 2 threads")):
        walls = [w for w, _ in times.get(name, [])]
        cpus = [c for _, c in times.get(name, [])]
        print(f"{label}: wall {', '.join(f'{w:.1f}' for w in walls)} s (median {statistics.median(walls):.1f}); "
              f"CPU {', '.join(f'{c:.1f}' for c in cpus)} s (median {statistics.median(cpus):.1f})")
    by_stip(out, rows, times)
    t1 = statistics.median(c for _, c in times["tempo1"])
    p = statistics.median(c for _, c in times["popeye"])
    w1 = statistics.median(w for w, _ in times["tempo1"])
    w2 = statistics.median(w for w, _ in times["tempo2"])
    print(f"CPU Tempo 1 thread / Popeye: {t1 / p:.2f}; wall Tempo 1 thread / 2 threads: {w1 / w2:.2f}")


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        report(sys.argv[2], int(sys.argv[3]))
