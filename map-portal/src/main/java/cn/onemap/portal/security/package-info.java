/**
 * Who may do what. Accounts (users with roles and a department) and API keys for system-to-system
 * calls live in the portal's tables; passwords are BCrypt hashes. A caller's clearance decides
 * which layers it may read ({@link cn.onemap.portal.security.LayerAccess}): anonymous callers see
 * public layers only, signed-in staff internal ones too, restricted layers (pipelines) need a role.
 * Every endpoint that lets data leave goes through {@code LayerAccess}.
 */
package cn.onemap.portal.security;
