package cn.onemap.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MapPortalApplication {

  public static void main(String[] args) {
    // Our API is x = longitude everywhere; make GeoTools agree before any of its classes load.
    System.setProperty("org.geotools.referencing.forceXY", "true");
    SpringApplication.run(MapPortalApplication.class, args);
  }
}
