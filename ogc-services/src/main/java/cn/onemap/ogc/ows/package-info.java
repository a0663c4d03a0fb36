/**
 * The OWS dispatch framework shared by WFS (and, later, WMS): a {@link
 * cn.onemap.ogc.ows.ServiceDescriptor} per service (name, versions, one {@link
 * cn.onemap.ogc.ows.OperationHandler} per operation, one {@link
 * cn.onemap.ogc.ows.ExceptionEncoder}), the {@link cn.onemap.ogc.ows.OwsDispatcher} that picks
 * service, operation and version from KVP or from the root element of an XML POST, {@link
 * cn.onemap.ogc.ows.ServiceException} carrying an OWS exception code and locator, and hardened XML
 * input ({@link cn.onemap.ogc.ows.SafeXml}: no DTDs, no external entities, a body size limit).
 */
package cn.onemap.ogc.ows;
