package cn.onemap.core.catalog;

/**
 * A value is not one of the codes of its attribute's {@link CodeList}. Same error code as other bad
 * values ({@code INVALID_VALUE}); a subclass so that QC reports can say which kind it is.
 */
public class CodeValueException extends AttributeValueException {
  private final String codeList;

  public CodeValueException(String attribute, String codeList, String message) {
    super(attribute, message);
    this.codeList = codeList;
  }

  public String codeList() {
    return codeList;
  }
}
