package cn.onemap.workflow.cases;

/**
 * The state of a case as the store's {@code status} attribute holds it (code list
 * cityman_case_status): the Chinese name of the step it waits in, or of the end it reached.
 */
public enum CaseStatus {
  REPORTED("已上报"),
  REGISTER_REVIEW("待审核立案"),
  REGISTERED("已立案"),
  HANDLING("处置中"),
  EXTENSION_REVIEW("延期审批中"),
  SUSPENSION_REVIEW("挂账审批中"),
  SUSPENDED("已挂账"),
  VERIFYING("待核查"),
  CLOSING("待结案"),
  CLOSED("已结案"),
  REJECTED("不予立案"),
  MERGED("已作废");

  private final String title;

  CaseStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The state of a case waiting in this step of the process. */
  public static CaseStatus ofTask(String taskKey) {
    return switch (taskKey) {
      case "register" -> REPORTED;
      case "approveRegister" -> REGISTER_REVIEW;
      case "dispatch" -> REGISTERED;
      case "handle" -> HANDLING;
      case "approveExtension" -> EXTENSION_REVIEW;
      case "approveSuspension" -> SUSPENSION_REVIEW;
      case "suspended" -> SUSPENDED;
      case "verify" -> VERIFYING;
      case "close" -> CLOSING;
      default -> throw new IllegalArgumentException("no step " + taskKey + " in the case process");
    };
  }

  /** The state of a case that reached this end event. */
  public static CaseStatus ofEnd(String endActivity) {
    return switch (endActivity) {
      case "rejected" -> REJECTED;
      case "merged" -> MERGED;
      default -> CLOSED;
    };
  }
}
