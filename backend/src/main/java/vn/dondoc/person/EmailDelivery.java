package vn.dondoc.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a person receives the e-mails of their notifications. */
@Schema(name = "EmailDelivery", description = "Cách nhận thư thông báo: IMMEDIATE (gửi ngay từng thư khi có việc), DIGEST (không gửi "
        + "từng thư; các thông báo trong ngày được gộp vào thư tổng hợp hằng ngày)")
public enum EmailDelivery {
    IMMEDIATE, DIGEST
}
