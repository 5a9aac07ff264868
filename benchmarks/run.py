"""The benchmark harness: what the suite costs on real code.

Configurations, interleaved in one run so machine drift cancels out, each
repeated and summarised by its median:

  a  pylint's default checks
  b  the same plus checkers_pkg
  c  everything disabled but one trivial message (pylint's own fixed cost)
  d  only the suite's messages enabled
  e  c with the collector setting the suite uses (frozen_baseline.py): d/e is
     the suite's own cost, d/c also counts what that setting saves pylint

Prints wall time, CPU time and peak memory of each, the ratios b/a and d/c,
findings per message, and the cost per thousand lines on the small and full
corpus; writes benchmarks/RESULTS.md. ``--per-checker`` times each of the
suite's checkers alone (configuration d with one checker) to find the cause of
a miss. ``--marginal`` measures what users pay for each checker inside a
default run: b minus b with that checker disabled, as a share of a (the
configurations a, b and every "b without" interleaved in the same rounds).

    python benchmarks/run.py                  # full and small corpus, 3 repeats
    python benchmarks/run.py --corpus small --repeats 1
    python benchmarks/run.py --corpus small --repeats 3 --marginal
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import astroid
import pylint

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from corpus import FULL, SMALL, count_lines, lint_targets  # noqa: E402

from checkers_pkg.checkers import ALL_CHECKERS  # noqa: E402

HERE = Path(__file__).parent
EMPTY_RC = HERE.parent / "tests" / "empty.rc"
OUR_CHECKERS = [checker.name for checker in ALL_CHECKERS]
OUR_SYMBOLS = {message[1] for checker in ALL_CHECKERS for message in checker.msgs.values()}
PLUGIN = ["--load-plugins=checkers_pkg"]
CONFIGURATIONS = {
    "a": ("pylint default", []),
    "b": ("default + checkers_pkg", PLUGIN),
    "c": ("pylint fixed cost", ["--disable=all", "--enable=unnecessary-semicolon"]),
    "d": ("checkers_pkg only", [*PLUGIN, "--disable=all", f"--enable={','.join(OUR_CHECKERS)}"]),
    # c with the suite's collector setting (see frozen_baseline.py): the
    # like-for-like base of d, so d/e is what the suite's questions cost
    "e": ("pylint fixed cost, heap frozen as the suite does",
          ["--load-plugins=frozen_baseline", "--disable=all",
           "--enable=unnecessary-semicolon,frozen-baseline-never-reported"]),
}
TARGETS = {
    "b/a": 1.05,
    "d/c": 1.10,
    "memory b/a": 1.10,
    "kloc full/small": 1.20,
    "checker share of a": 0.03,
    "marginal share of a": 0.03,
}


@dataclass
class Measurement:
    wall: float
    cpu: float
    peak_mib: float
    findings: Counter[str]


def measure(options: list[str], targets: list[Path]) -> Measurement:
    """One pylint run in a child process: its wall time, CPU time, peak RSS."""
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        command = [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
                   "--score=n", "--reports=n", "-j", "1",
                   f"--output-format=json:{output.name}", *options, *map(str, targets)]
        start = time.perf_counter()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [str(HERE), str(HERE.parent), os.environ.get("PYTHONPATH")]))}
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode & 32:
            raise SystemExit(f"pylint usage error for: {' '.join(command)}")
        text = Path(output.name).read_text(encoding="utf-8") or "[]"
    findings = Counter(message["symbol"] for message in json.loads(text))
    return Measurement(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, findings)


def run_configurations(
    configurations: dict[str, list[str]], targets: list[Path], repeats: int
) -> dict[str, list[Measurement]]:
    """Every configuration once per round, rounds repeated: drift hits all alike."""
    results: dict[str, list[Measurement]] = {key: [] for key in configurations}
    for round_number in range(repeats):
        for key, options in configurations.items():
            results[key].append(measure(options, targets))
            last = results[key][-1]
            print(f"  round {round_number + 1}/{repeats} {key}: {last.wall:7.1f}s wall "
                  f"{last.cpu:7.1f}s cpu {last.peak_mib:6.0f} MiB", flush=True)
    return results


def median(runs: list[Measurement], attribute: str) -> float:
    return statistics.median(getattr(run, attribute) for run in runs)


@dataclass
class CorpusResult:
    name: str
    lines: int
    runs: dict[str, list[Measurement]]

    def cpu(self, key: str) -> float:
        return median(self.runs[key], "cpu")

    def ratio(self, top: str, bottom: str, attribute: str = "cpu") -> float:
        return median(self.runs[top], attribute) / median(self.runs[bottom], attribute)

    def per_kloc(self, key: str) -> float:
        return self.cpu(key) / (self.lines / 1000)


def benchmark(name: str, packages: tuple, repeats: int) -> CorpusResult:
    targets = lint_targets(packages)
    lines = count_lines(targets)
    print(f"{name} corpus: {len(packages)} packages, {lines:,} lines, {repeats} rounds", flush=True)
    runs = run_configurations({key: opts for key, (_, opts) in CONFIGURATIONS.items()},
                              targets, repeats)
    return CorpusResult(name, lines, runs)


def per_checker(packages: tuple, repeats: int) -> dict[str, tuple[float, float]]:
    """CPU seconds of configuration d with each checker alone, minus c and
    minus e (the same base with the suite's collector setting)."""
    targets = lint_targets(packages)
    configurations = {"c": CONFIGURATIONS["c"][1], "e": CONFIGURATIONS["e"][1]}
    for checker in OUR_CHECKERS:
        configurations[checker] = [*PLUGIN, "--disable=all", f"--enable={checker}"]
    runs = run_configurations(configurations, targets, repeats)
    base, frozen_base = median(runs["c"], "cpu"), median(runs["e"], "cpu")
    return {
        checker: (median(runs[checker], "cpu") - base, median(runs[checker], "cpu") - frozen_base)
        for checker in OUR_CHECKERS
    }


def without(checker: str) -> str:
    """The key of configuration b with ``checker`` disabled."""
    return f"b-{checker}"


def marginal_configurations() -> dict[str, list[str]]:
    """a, b and b without each of the suite's checkers, for one interleaved run."""
    configurations = {"a": CONFIGURATIONS["a"][1], "b": CONFIGURATIONS["b"][1]}
    for checker in OUR_CHECKERS:
        configurations[without(checker)] = [*PLUGIN, f"--disable={checker}"]
    return configurations


def marginal_costs(runs: dict[str, list[Measurement]]) -> dict[str, tuple[float, float]]:
    """Per checker: CPU seconds b - b_without_it (medians), and that as a share of a."""
    a, b = median(runs["a"], "cpu"), median(runs["b"], "cpu")
    costs = {}
    for checker in OUR_CHECKERS:
        cost = b - median(runs[without(checker)], "cpu")
        costs[checker] = (cost, cost / a if a else 0.0)
    return costs


def marginal(packages: tuple, repeats: int) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Each checker's marginal cost inside a default run, with the medians of a and b."""
    runs = run_configurations(marginal_configurations(), lint_targets(packages), repeats)
    return marginal_costs(runs), median(runs["a"], "cpu"), median(runs["b"], "cpu")


def marginal_report(
    name: str, repeats: int, costs: dict[str, tuple[float, float]], a: float, b: float
) -> list[str]:
    """The section of RESULTS.md that gives each checker's marginal cost."""
    target = TARGETS["marginal share of a"]
    lines = [
        f"## Each checker inside a default run ({name} corpus, {repeats} rounds)",
        "",
        "What users pay for one checker: CPU of b (default + checkers_pkg) minus",
        "CPU of b with that checker disabled, as a share of a (pylint default);",
        "a, b and every 'b without' run interleaved in the same rounds, medians.",
        f"Here a = {a:.1f} s, b = {b:.1f} s. Target <= {target:.0%} each; a",
        "difference within the rounds' noise may come out negative.",
        "",
        "| checker | b - b without it, CPU s | share of a | |",
        "|---|---:|---:|---|",
    ]
    for checker, (cost, share) in costs.items():
        verdict = "ok" if share <= target else "**over**"
        lines.append(f"| `{checker}` | {cost:+.2f} | **{share:.1%}** | {verdict} |")
    lines.append("")
    return lines


def report(
    results: list[CorpusResult], checker_costs: dict[str, tuple[float, float]] | None,
    marginal_lines: list[str] | None = None,
) -> str:
    rounds = ", ".join(f"{result.name} {len(result.runs['a'])}" for result in results)
    lines = ["# Benchmark results", ""]
    lines += [
        f"- machine: {platform.platform()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        f"- pylint {pylint.__version__}, astroid {astroid.__version__}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- rounds per corpus: {rounds}; medians; CPU = user + system time of the "
        "pylint process; `-j 1`",
        "",
    ]
    for result in results:
        lines += [f"## {result.name} corpus ({result.lines:,} lines)", "",
                  "| config | | wall s | CPU s | peak MiB | CPU s / kLOC |",
                  "|---|---|---:|---:|---:|---:|"]
        for key, (label, _) in CONFIGURATIONS.items():
            runs = result.runs[key]
            lines.append(
                f"| {key} | {label} | {median(runs, 'wall'):.1f} | {median(runs, 'cpu'):.1f} "
                f"| {median(runs, 'peak_mib'):.0f} | {result.per_kloc(key):.3f} |"
            )
        lines += [
            "",
            f"- b/a (CPU): **{result.ratio('b', 'a'):.3f}** (target <= {TARGETS['b/a']}); "
            f"wall {result.ratio('b', 'a', 'wall'):.3f}",
            f"- d/c (CPU): **{result.ratio('d', 'c'):.3f}** (target <= {TARGETS['d/c']}); "
            f"wall {result.ratio('d', 'c', 'wall'):.3f}",
            f"- d/e (CPU), the suite's own questions against a base with the same "
            f"collector setting: **{result.ratio('d', 'e'):.3f}**; e/c {result.ratio('e', 'c'):.3f}",
            f"- peak memory b/a: **{result.ratio('b', 'a', 'peak_mib'):.3f}** "
            f"(target <= {TARGETS['memory b/a']})",
            "",
            "Findings of the suite (configuration b):",
            "",
        ]
        findings = result.runs["b"][0].findings
        ours = {symbol: findings.get(symbol, 0) for symbol in sorted(OUR_SYMBOLS)}
        lines += [f"- `{symbol}`: {count}" for symbol, count in ours.items()]
        crashes = {s: n for s, n in findings.items() if s in {"astroid-error", "fatal"}}
        base_crashes = {s: n for s, n in result.runs["a"][0].findings.items()
                        if s in {"astroid-error", "fatal"}}
        lines += ["", f"- crash messages: a {base_crashes or 'none'}, b {crashes or 'none'}", ""]
    if len(results) == 2:
        full, small = results
        for key in ("b", "d"):
            growth = full.per_kloc(key) / small.per_kloc(key)
            lines.append(f"- CPU per kLOC full/small, config {key}: **{growth:.3f}** "
                         f"(target within {TARGETS['kloc full/small']})")
        lines.append("")
    if checker_costs:
        base = results[0]
        lines += [
            f"## Each checker alone ({base.name} corpus)",
            "",
            "CPU seconds over configuration c, and that cost as a share of a default",
            "run (a). Alone, a checker also pays for the inference pylint's default",
            "checks would otherwise share with it, so the share is an upper bound on",
            f"what it adds to a default run (target <= {TARGETS['checker share of a']:.0%} each).",
            "",
        ]
        lines += [
            f"- `{name}`: {cost:+.1f} s over c, **{cost / base.cpu('a'):.1%}** of a; "
            f"{frozen:+.1f} s over e, **{frozen / base.cpu('a'):.1%}** of a"
            for name, (cost, frozen) in checker_costs.items()
        ]
        lines.append("")
    lines += marginal_lines or []
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["full", "small", "both"], default="both")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--per-checker", action="store_true",
                        help="time each checker alone (configuration d with one checker)")
    parser.add_argument("--marginal", action="store_true",
                        help="each checker's cost inside a default run: b - b without it, "
                        "as a share of a")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)
    chosen = {"full": [("full", FULL)], "small": [("small", SMALL)],
              "both": [("full", FULL), ("small", SMALL)]}[args.corpus]
    results = [benchmark(name, packages, args.repeats) for name, packages in chosen]
    costs = per_checker(chosen[0][1], args.repeats) if args.per_checker else None
    marginal_lines = None
    if args.marginal:
        name, packages = chosen[0]
        marginal_lines = marginal_report(name, args.repeats, *marginal(packages, args.repeats))
    text = report(results, costs, marginal_lines)
    print(text)
    args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
