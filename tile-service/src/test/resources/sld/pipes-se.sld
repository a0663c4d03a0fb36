<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld"
    xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer>
    <se:Name>pipes</se:Name>
    <UserStyle>
      <se:Name>pipes-by-kind</se:Name>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>large water mains</se:Name>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escapeChar="!">
                <ogc:PropertyName>category</ogc:PropertyName>
                <ogc:Literal>J*</ogc:Literal>
              </ogc:PropertyIsLike>
              <ogc:PropertyIsBetween>
                <ogc:PropertyName>diameter</ogc:PropertyName>
                <ogc:LowerBoundary><ogc:Literal>300</ogc:Literal></ogc:LowerBoundary>
                <ogc:UpperBoundary><ogc:Literal>1000</ogc:Literal></ogc:UpperBoundary>
              </ogc:PropertyIsBetween>
            </ogc:And>
          </ogc:Filter>
          <se:LineSymbolizer>
            <se:Stroke>
              <se:SvgParameter name="stroke">#00FFFF</se:SvgParameter>
              <se:SvgParameter name="stroke-width">6</se:SvgParameter>
            </se:Stroke>
          </se:LineSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>drainage or gas</se:Name>
          <ogc:Filter>
            <ogc:Or>
              <ogc:PropertyIsEqualTo>
                <ogc:PropertyName>category</ogc:PropertyName>
                <ogc:Literal>PS</ogc:Literal>
              </ogc:PropertyIsEqualTo>
              <ogc:Not>
                <ogc:PropertyIsNotEqualTo>
                  <ogc:PropertyName>category</ogc:PropertyName>
                  <ogc:Literal>RQ</ogc:Literal>
                </ogc:PropertyIsNotEqualTo>
              </ogc:Not>
            </ogc:Or>
          </ogc:Filter>
          <se:LineSymbolizer>
            <se:Stroke>
              <se:SvgParameter name="stroke">#8B4513</se:SvgParameter>
              <se:SvgParameter name="stroke-width">4</se:SvgParameter>
            </se:Stroke>
          </se:LineSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>unknown diameter</se:Name>
          <ogc:Filter>
            <ogc:PropertyIsNull><ogc:PropertyName>diameter</ogc:PropertyName></ogc:PropertyIsNull>
          </ogc:Filter>
          <se:LineSymbolizer>
            <se:Stroke>
              <se:SvgParameter name="stroke">#FF0000</se:SvgParameter>
              <se:SvgParameter name="stroke-width">2</se:SvgParameter>
            </se:Stroke>
          </se:LineSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
