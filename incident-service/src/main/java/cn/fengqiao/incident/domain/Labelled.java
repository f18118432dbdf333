package cn.fengqiao.incident.domain;

/** A code that goes over the API, with the labels a frontend shows for it. */
public interface Labelled {

    String name();

    String zh();

    String en();
}
