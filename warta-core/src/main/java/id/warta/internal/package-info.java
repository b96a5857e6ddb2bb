/** Helpers shared by the stages that are not part of Warta's API: they may change in any release. */
package id.warta.internal;
