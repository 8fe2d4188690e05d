"""Independent figures for the claims tests (tests/claims/claims.test.ts), computed with Python's
decimal module and none of the project's code. Run: python3 tests/claims/independent_figures.py

- 民法典第670条: the contract's principal and interest, minus the same 等额本息 schedule rebuilt on
  the amount actually received at the contract's own monthly rate (payment rounded to the fen,
  interest rounded each period, the last period clearing the balance).
- Above a legal line: payments applied to a balance that starts at the amount received and grows
  at line / 12 a month (never on a negative balance); the excess is what is left over at the end.
"""
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 50
FEN = D("0.01")


def r2(x):
    return x.quantize(FEN, rounding=ROUND_HALF_UP)


def annuity(principal, rate, n):
    pay = r2(principal * rate / (1 - (1 + rate) ** -n))
    balance, rows = principal, []
    for k in range(1, n + 1):
        interest = r2(balance * rate)
        part = balance if k == n else pay - interest
        rows.append(part + interest)
        balance -= part
    return rows


def above_line(received, payments, line):
    balance = received
    for p in payments:
        balance = balance + (balance * line / 12 if balance > 0 else 0) - p
    return r2(-balance) if balance < 0 else D(0)


# cli/samples/hidden-fees-membership.html: 8,000 at 1% a month, 299 deducted, 60.00 fee a month.
contract = D("710.79") * 12
print("membership 670:", contract - sum(annuity(D("7701"), D("0.01"), 12)))  # 318.78
print("membership above 24%:", above_line(D("7701"), [D("770.79")] * 12, D("0.24")))  # 571.17

# cli/samples/upfront-service-fee.html: 10,000 at 1.2% a month, 800 deducted.
payments = [D("899.75")] * 11 + [D("899.80")]
print("upfront 670:", sum(payments) - sum(annuity(D("9200"), D("0.012"), 12)))  # 863.76
print("upfront above 24%:", above_line(D("9200"), payments, D("0.24")))  # 399.75

# A private IOU: 10,000 at 1.5% a month, 12 x 等额本息, cap 4 x 3.00% = 12%.
iou = annuity(D("10000"), D("0.015"), 12)
print("private above 12%:", above_line(D("10000"), iou, D("0.12")), "payments", iou[0], iou[-1])  # 359.08
