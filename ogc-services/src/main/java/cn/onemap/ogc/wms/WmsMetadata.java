package cn.onemap.ogc.wms;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the capabilities say about the service and its layers besides what the catalog holds: the
 * service's KeywordList and ContactInformation, and per layer (by layer id) extra keywords and a
 * MetadataURL (a catalogue record of the layer, ISO 19115). The defaults are placeholders for
 * Meizhou that an administrator overrides ({@code onemap.wms.*} in the portal).
 *
 * @param keywords service keywords, in order
 * @param contact the service's contact; {@link Contact#isEmpty()} omits ContactInformation
 * @param layerKeywords extra keywords of a layer (its title and kind are always listed)
 * @param layerMetadataUrls absolute http(s) URL of a layer's metadata record
 */
public record WmsMetadata(
    List<String> keywords,
    Contact contact,
    Map<String, List<String>> layerKeywords,
    Map<String, URI> layerMetadataUrls) {

  public WmsMetadata {
    keywords = clean(keywords);
    layerKeywords =
        layerKeywords.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> clean(e.getValue())));
    layerMetadataUrls = Map.copyOf(layerMetadataUrls);
    layerMetadataUrls.forEach(
        (layer, url) -> {
          if (!url.isAbsolute()
              || !("http".equalsIgnoreCase(url.getScheme())
                  || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException(
                "metadata URL of layer '" + layer + "' must be an absolute http(s) URL: " + url);
          }
        });
  }

  /** Placeholder keywords and contact of the Meizhou natural resources bureau. */
  public static WmsMetadata defaults() {
    return new WmsMetadata(
        List.of("一张图", "梅州市", "时空信息云平台", "CGCS2000", "WMS"),
        Contact.defaults(),
        Map.of(),
        Map.of());
  }

  /** Service keywords plus these layers' keywords and metadata URLs. */
  public WmsMetadata withLayers(
      Map<String, List<String>> layerKeywords, Map<String, URI> layerMetadataUrls) {
    return new WmsMetadata(keywords, contact, layerKeywords, layerMetadataUrls);
  }

  List<String> keywordsOf(String layerId) {
    return layerKeywords.getOrDefault(layerId, List.of());
  }

  Optional<URI> metadataUrlOf(String layerId) {
    return Optional.ofNullable(layerMetadataUrls.get(layerId));
  }

  private static List<String> clean(List<String> words) {
    return words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
  }

  /**
   * ContactInformation of WMS 1.3.0 (7.2.4.2). Blank fields are left out; the postal address is
   * written only when {@code address} is given (the schema then requires all its parts).
   */
  public record Contact(
      String person,
      String organization,
      String position,
      String address,
      String city,
      String province,
      String postCode,
      String country,
      String phone,
      String email) {

    public Contact {
      person = blankIfNull(person);
      organization = blankIfNull(organization);
      position = blankIfNull(position);
      address = blankIfNull(address);
      city = blankIfNull(city);
      province = blankIfNull(province);
      postCode = blankIfNull(postCode);
      country = blankIfNull(country);
      phone = blankIfNull(phone);
      email = blankIfNull(email);
    }

    /** Placeholders: the bureau's name and city; an administrator fills in the rest. */
    public static Contact defaults() {
      return new Contact(
          "一张图平台管理员",
          "梅州市自然资源局",
          "时空信息云平台运维（请管理员配置）",
          "（请管理员配置通讯地址）",
          "梅州市",
          "广东省",
          "514000",
          "中国",
          "",
          "");
    }

    boolean isEmpty() {
      return (person + organization + position + address + phone + email).isBlank();
    }

    private static String blankIfNull(String s) {
      return s == null ? "" : s.strip();
    }
  }
}
