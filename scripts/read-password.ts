import readline from 'node:readline'

/** Reads a password: hidden, from the terminal; or the first line of stdin when piped. */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = readline.createInterface({ input: process.stdin })
    for await (const line of lines) return line
    throw new Error('No password on stdin.')
  }
  process.stdout.write(prompt)
  process.stdin.setRawMode(true)
  process.stdin.resume()
  process.stdin.setEncoding('utf8')
  return new Promise((resolve, reject) => {
    let password = ''
    const onData = (key: string) => {
      for (const character of key) {
        if (character === '\r' || character === '\n') {
          process.stdin.setRawMode(false)
          process.stdin.pause()
          process.stdin.off('data', onData)
          process.stdout.write('\n')
          resolve(password)
          return
        }
        if (character === '\u0003') {
          process.stdin.setRawMode(false)
          reject(new Error('Cancelled.'))
          return
        }
        password = character === '\u007f' ? password.slice(0, -1) : password + character
      }
    }
    process.stdin.on('data', onData)
  })
}
