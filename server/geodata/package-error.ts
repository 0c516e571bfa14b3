/** A problem in the data package, located precisely enough for a person to fix the file. */
export class DataPackageError extends Error {
  constructor(
    readonly file: string,
    readonly location: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    const where = [file, location, field ? `field "${field}"` : undefined].filter(Boolean).join(', ')
    super(`${where}: ${problem}`)
    this.name = 'DataPackageError'
  }
}
