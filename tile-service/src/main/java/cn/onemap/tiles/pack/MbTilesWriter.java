package cn.onemap.tiles.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes an MBTiles 1.3 file (SQLite): {@code metadata(name, value)} and {@code tiles(zoom_level,
 * tile_column, tile_row, tile_data)} with TMS rows (counted from the bottom, as the spec says).
 * Inserts are batched in one transaction; the file is written to a temporary name and renamed when
 * complete, so a failed export leaves no half package behind.
 */
public final class MbTilesWriter implements TilePackage {
  private final Path target;
  private final Path tmp;
  private final PackageInfo info;
  private final Connection db;
  private final PreparedStatement insert;
  private int pending;

  public MbTilesWriter(Path target, PackageInfo info) throws IOException {
    this.target = target;
    this.info = info;
    this.tmp = target.resolveSibling(target.getFileName() + ".part");
    Files.deleteIfExists(tmp);
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + tmp.toAbsolutePath());
      try (Statement st = db.createStatement()) {
        st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
        st.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                + " tile_data BLOB)");
        st.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
      }
      db.setAutoCommit(false);
      insert = db.prepareStatement("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)");
    } catch (SQLException e) {
      throw new IOException("cannot create MBTiles " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void add(int z, long x, long y, byte[] tile) throws IOException {
    try {
      insert.setInt(1, z);
      insert.setLong(2, x);
      insert.setLong(3, (1L << z) - 1 - y);
      insert.setBytes(4, tile);
      insert.addBatch();
      if (++pending >= 500) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw new IOException("writing MBTiles failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      insert.executeBatch();
      try (PreparedStatement m = db.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
        String[][] rows = {
          {"name", info.name()},
          {"description", info.description()},
          {"format", info.mbtilesFormat()},
          {"type", "baselayer"},
          {"version", "1.3"},
          {"bounds", info.boundsText()},
          {"minzoom", Integer.toString(info.minZoom())},
          {"maxzoom", Integer.toString(info.maxZoom())},
          {"tile_matrix_set", info.tileMatrixSet()},
          {"json", info.json()}
        };
        for (String[] r : rows) {
          m.setString(1, r[0]);
          m.setString(2, r[1]);
          m.addBatch();
        }
        m.executeBatch();
      }
      db.commit();
      insert.close();
      db.close();
    } catch (SQLException e) {
      throw new IOException("finishing MBTiles failed: " + e.getMessage(), e);
    }
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
