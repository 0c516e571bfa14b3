import { expect, test } from 'vitest'
import { passwordProblem } from '../../../server/auth/password'

// Issue 10 §5: "1234567890" was accepted as a password. The rule's one home refuses weak and
// common passwords and says why, in both languages.
test.each([
  ['1234567890', 'trong 100 mật khẩu phổ biến nhất', 'one of the 100 most common passwords'],
  ['qwertyuiop', 'trong 100 mật khẩu phổ biến nhất', 'one of the 100 most common passwords'],
  ['password1234', 'gần giống một mật khẩu phổ biến', 'similar to a commonly used password'],
  ['langson2025!', 'tên của cổng thông tin', "the portal's name"],
  ['aaaaaaaaaaaa', 'lặp lại một ký tự', 'repeats one character'],
])('%s is refused, and why is said in both languages', (password, vietnamese, english) => {
  const problem = passwordProblem(password, 'minh')
  expect(problem?.vi).toContain(vietnamese)
  expect(problem?.en).toContain(english)
})

test('length and the username are checked first', () => {
  expect(passwordProblem('short', 'lan')?.vi).toBe('Mật khẩu phải có ít nhất 10 ký tự.')
  expect(passwordProblem('hoang-minh-tuan 2025', 'minh')?.en).toBe('The password must not contain the username.')
})

test.each(['browser test password', 'a brand new passphrase', 'cây đa giếng nước sân đình'])(
  'a passphrase of a few unrelated words is accepted: %s',
  (password) => {
    expect(passwordProblem(password, 'lan')).toBeNull()
  },
)
