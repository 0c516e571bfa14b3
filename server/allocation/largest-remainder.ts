// Whole amounts that add up exactly to the total: each commune gets the whole part of its quota
// (total × score ÷ sum of scores), and the millions left over go one each to the largest remainders,
// ties broken by commune code (issue 11 §2). In integers (BigInt), so no rounding decides anything:
// scores come in as whole units (planning to 1/10,000 of a point, scoreScale).

export type Claim = { code: string; units: bigint }

/** The amounts in the order of the claims; undefined when no claim is above zero. */
export function largestRemainder(total: number, claims: Claim[]): number[] | undefined {
  const sum = claims.reduce((all, claim) => all + claim.units, 0n)
  if (sum <= 0n) return undefined
  const whole = BigInt(total)
  const parts = claims.map((claim, index) => {
    const quota = whole * claim.units
    return { index, code: claim.code, amount: quota / sum, remainder: quota % sum }
  })
  let left = whole - parts.reduce((all, part) => all + part.amount, 0n)
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.code.localeCompare(b.code) : a.remainder > b.remainder ? -1 : 1,
  )
  for (const part of order) {
    if (left === 0n) break
    part.amount += 1n
    left -= 1n
  }
  return parts.map((part) => Number(part.amount))
}
