#!/usr/bin/env python3
"""The same job as `carnet report clv --customers --format csv`, with the
Python `lifetimes` package, end to end: read the purchases, summarise per
customer in weeks (one visit per day), fit BG/NBD and Gamma-Gamma, predict
52 weeks, write a CSV. For the benchmark only (never run by CI).
    python3 bench/clv_lifetimes.py purchases.csv AS_OF out.csv"""
import sys, time
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.utils import summary_data_from_transaction_data

t0 = time.time()
path, as_of, out = sys.argv[1], sys.argv[2], sys.argv[3]
tx = pd.read_csv(path, usecols=["customer_id", "date", "amount"], dtype={"customer_id": str})
tx["date"] = pd.to_datetime(tx["date"])
daily = tx.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
s = summary_data_from_transaction_data(daily, "customer_id", "date", monetary_value_col="amount",
                                       observation_period_end=as_of, freq="D")
s[["recency", "T"]] = s[["recency", "T"]] / 7.0
bg = BetaGeoFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
rep = s[(s["frequency"] > 0) & (s["monetary_value"] > 0)]
gg = GammaGammaFitter(penalizer_coef=0.0).fit(rep["frequency"], rep["monetary_value"])
s["p_alive"] = bg.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
s["expected_visits"] = bg.conditional_expected_number_of_purchases_up_to_time(52, s["frequency"], s["recency"], s["T"])
s["spend"] = gg.conditional_expected_average_profit(s["frequency"], s["monetary_value"])
s["clv"] = s["expected_visits"] * s["spend"]
s.sort_values("clv", ascending=False).to_csv(out)
print(f"lifetimes: {time.time() - t0:.2f} s; r={bg.params_['r']:.4f} alpha={bg.params_['alpha']:.4f} "
      f"a={bg.params_['a']:.4f} b={bg.params_['b']:.4f}; p={gg.params_['p']:.4f} q={gg.params_['q']:.4f} "
      f"v={gg.params_['v']:.4f}", file=sys.stderr)
