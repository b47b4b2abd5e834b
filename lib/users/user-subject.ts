/** How the admin pages name a user: 张三（zhangsan）, the login telling namesakes apart. */
export function userSubject(user: { displayName: string; loginName: string }): string {
  return `${user.displayName}（${user.loginName}）`;
}
