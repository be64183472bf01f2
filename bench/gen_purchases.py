#!/usr/bin/env python3
"""Write a purchases CSV: ROWS rows for CUSTOMERS customers (refs C0000001...),
dates over two years, amounts with two decimals. Deterministic. With a
fourth argument `categories`, each row also says what was bought (one of 8
categories) and where (one of 3 channels), as a till export would."""
import random, sys, datetime
rows, customers, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with_categories = len(sys.argv) > 4 and sys.argv[4] == "categories"
rng = random.Random(42)
start = datetime.date(2022, 1, 1).toordinal()
days = [datetime.date.fromordinal(start + d).isoformat() for d in range(730)]
categories = ["Bouquets", "Plantes", "Mariages", "Ateliers", "Abonnements", "Deuil", "Vases", "Graines"]
channels = ["shop", "market", "online"]
with open(out, "w") as f:
    f.write("customer_id,date,amount,category,channel\n" if with_categories else "customer_id,date,amount\n")
    buf = []
    for i in range(rows):
        c = i % customers if i < customers else rng.randrange(customers)
        line = f"C{c:07d},{days[rng.randrange(730)]},{rng.randrange(100, 50000) / 100:.2f}"
        if with_categories:
            line += f",{categories[min(rng.randrange(10), 7)]},{channels[rng.randrange(3)]}"
        buf.append(line + "\n")
        if len(buf) >= 100000:
            f.write("".join(buf)); buf.clear()
    f.write("".join(buf))
