import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    loginName: string;
    role: Role;
    departmentId: number | null;
  }
  interface Session {
    user: { id: number; name: string; loginName: string; role: Role; departmentId: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    loginName: string;
    role: Role;
    departmentId: number | null;
  }
}
