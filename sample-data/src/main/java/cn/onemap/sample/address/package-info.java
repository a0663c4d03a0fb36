/**
 * Standard addresses (GB/T 23705 levels): streets with renames kept in version history, door
 * plates, compounds, buildings, units and rooms with 20-digit codes.
 */
package cn.onemap.sample.address;
