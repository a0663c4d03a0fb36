package cn.onemap.portal.cases;

import cn.onemap.core.store.JdbcFeatureStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The {@code om_grid_manager} table (portal V8): the unit grids each grid manager looks after. */
@Component
public class GridManagers {
  private final DataSource dataSource;

  GridManagers(JdbcFeatureStore store) {
    this.dataSource = store.dataSource();
  }

  /** The grid codes of {@code username}, sorted; empty for anyone else. */
  public Set<String> gridsOf(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT grid_code FROM om_grid_manager WHERE username = ?")) {
      ps.setString(1, username);
      Set<String> out = new TreeSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the grids of " + username + " failed", e);
    }
  }

  /** Replaces the grids of {@code username}, in one transaction. */
  void setGrids(String username, Collection<String> grids) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM om_grid_manager WHERE username = ?");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO om_grid_manager (username, grid_code) VALUES (?, ?)")) {
        delete.setString(1, username);
        delete.executeUpdate();
        for (String g : new TreeSet<>(grids)) {
          insert.setString(1, username);
          insert.setString(2, g);
          insert.addBatch();
        }
        insert.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("saving the grids of " + username + " failed", e);
    }
  }
}
