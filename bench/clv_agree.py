#!/usr/bin/env python3
"""How many customers `carnet report clv --customers --format csv` and the
`lifetimes` package (bench/clv_lifetimes.py) agree on: the same customer
(carnet's `ref` is the CSV's customer_id) with p_alive within 0.01 and a
lifetime value within 1 % (or one cent). Benchmark only.
    python3 bench/clv_agree.py carnet.csv lifetimes.csv"""
import csv, sys

carnet = {}
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        carnet[r["ref"]] = (float(r["p_alive"]), float(r["clv"]))
agree = total = 0
with open(sys.argv[2], newline="") as f:
    for r in csv.DictReader(f):
        total += 1
        c = carnet.get(r["customer_id"])
        if c is None:
            continue
        p, v = float(r["p_alive"]), float(r["clv"])
        if abs(c[0] - p) <= 0.01 and abs(c[1] - v) <= max(0.01 * abs(v), 0.01):
            agree += 1
print(f"agree on {agree} of {total} customers ({100.0 * agree / max(total, 1):.2f} %); carnet has {len(carnet)}")
